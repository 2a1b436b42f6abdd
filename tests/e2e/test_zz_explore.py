def test_explore(page, phone_page):
    page.goto("/events/2021-12-07-putin-biden-video-call")
    page.screenshot(
        path="/tmp/shots/d2.png", clip={"x": 0, "y": 1650, "width": 1280, "height": 900}, full_page=True
    )
    d = page.locator("details.why").nth(2)
    d.locator("summary").click()
    d.evaluate("e => e.scrollIntoView({block:'center'})")
    page.screenshot(path="/tmp/shots/why.png")
    p = phone_page
    p.goto("/events/2021-12-07-putin-biden-video-call")
    p.evaluate("document.querySelector('.comparison').scrollIntoView()")
    p.mouse.wheel(0, 1400)
    p.screenshot(path="/tmp/shots/p.png")
    p.goto("/")
    p.screenshot(path="/tmp/shots/pi.png")
