// Starts Swagger UI from a file, since the Content-Security-Policy forbids inline scripts.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});
