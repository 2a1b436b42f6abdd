// Parallax — progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  function counterparts(el) {
    var ids = (el.getAttribute("data-links") || "").split(" ").filter(Boolean);
    return ids.map(function (id) { return document.getElementById(id); }).filter(Boolean);
  }

  function setActive(el, on) {
    var group = [el].concat(counterparts(el));
    group.forEach(function (node) { node.classList.toggle("is-active", on); });
    var lines = document.querySelectorAll('line[data-from="' + el.id + '"], line[data-to="' + el.id + '"]');
    lines.forEach(function (line) { line.classList.toggle("is-active", on); });
  }

  function bindClaims() {
    document.querySelectorAll(".claim.linked").forEach(function (el) {
      el.addEventListener("mouseenter", function () { setActive(el, true); });
      el.addEventListener("mouseleave", function () { setActive(el, false); });
      el.addEventListener("focus", function () { setActive(el, true); });
      el.addEventListener("blur", function () { setActive(el, false); });
      el.addEventListener("click", function (event) {
        if (event.target.closest("details, a")) { return; }
        var target = counterparts(el)[0];
        if (target) {
          target.scrollIntoView({ behavior: "smooth", block: "center" });
          target.focus({ preventScroll: true });
        }
      });
      el.addEventListener("keydown", function (event) {
        if (event.key === "Enter" && event.target === el) { el.click(); }
      });
    });
  }

  function drawConnectors() {
    var columns = document.querySelector(".original-columns");
    var svg = columns && columns.querySelector("svg.connectors");
    if (!svg) { return; }
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var box = svg.getBoundingClientRect();
    svg.setAttribute("viewBox", "0 0 " + box.width + " " + box.height);
    var ns = "http://www.w3.org/2000/svg";
    columns.querySelectorAll('.claim.linked[data-side="left"]').forEach(function (el) {
      if (el.hidden) { return; }
      var a = el.getBoundingClientRect();
      counterparts(el).forEach(function (other) {
        if (other.hidden) { return; }
        var b = other.getBoundingClientRect();
        var y1 = a.top + Math.min(a.height / 2, 12) - box.top;
        var y2 = b.top + Math.min(b.height / 2, 12) - box.top;
        var path = document.createElementNS(ns, "line");
        path.setAttribute("x1", "0"); path.setAttribute("y1", String(y1));
        path.setAttribute("x2", String(box.width)); path.setAttribute("y2", String(y2));
        path.setAttribute("data-from", el.id); path.setAttribute("data-to", other.id);
        svg.appendChild(path);
      });
    });
  }

  function bindTopicSelect() {
    var select = document.getElementById("topic-select");
    if (select && select.form) {
      select.addEventListener("change", function () { select.form.submit(); });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    bindClaims();
    bindTopicSelect();
    drawConnectors();
    var timer = null;
    window.addEventListener("resize", function () {
      clearTimeout(timer);
      timer = setTimeout(drawConnectors, 100);
    });
    document.querySelectorAll("details.why").forEach(function (d) {
      d.addEventListener("toggle", drawConnectors);
    });
  });
})();
