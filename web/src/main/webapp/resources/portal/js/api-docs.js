/*
 * Starts Swagger UI on /api-docs with the portal's own OpenAPI document. A file of its own rather than the inline
 * script Swagger UI's sample page has: the portal's Content-Security-Policy runs no inline script.
 */
(function () {
    "use strict";

    window.SwaggerUIBundle({
        url: "/openapi?format=JSON",
        dom_id: "#swagger-ui",
        deepLinking: true,
        presets: [window.SwaggerUIBundle.presets.apis],
        layout: "BaseLayout",
        // The default validator badge is an image from another site, which the CSP (and privacy) rule out.
        validatorUrl: null
    });
}());
