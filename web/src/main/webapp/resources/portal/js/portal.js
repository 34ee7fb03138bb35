/* The portal's own small behaviours (a file, so that the CSP's script-src 'self' allows it). */
(function () {
    "use strict";

    /*
     * After a form was submitted (the server marks the body), bring what answered it into view and give it focus:
     * the error summary or the first field with a message, else the outcome. A screen reader then reads it, and
     * on a phone nobody has to scroll to find out what happened.
     */
    function showOutcome() {
        if (document.body.getAttribute("data-submitted") !== "true") {
            return;
        }
        var selectors = [".ui-messages-error", ".form-errors", ".ui-message-error", ".field-error",
            ".outcome", ".ui-messages-info", ".ui-messages-warn", ".form-status"];
        for (var i = 0; i < selectors.length; i++) {
            var found = document.querySelector("main " + selectors[i]);
            if (found && found.textContent.trim() !== "") {
                var target = found.closest(".field") || found;
                if (!target.hasAttribute("tabindex")) {
                    target.setAttribute("tabindex", "-1");
                }
                target.scrollIntoView({block: "center"});
                target.focus({preventScroll: true});
                return;
            }
        }
    }

    /* Copy buttons: data-copy names the input whose value is copied; the result is announced in #copyStatus. */
    function copyButtons() {
        document.querySelectorAll("button[data-copy]").forEach(function (button) {
            button.addEventListener("click", function () {
                var input = document.getElementById(button.getAttribute("data-copy"));
                var status = document.getElementById("copyStatus");
                var done = function () {
                    if (status) {
                        status.textContent = button.getAttribute("data-copied");
                    }
                };
                if (navigator.clipboard && window.isSecureContext) {
                    navigator.clipboard.writeText(input.value).then(done, function () {
                        input.select();
                        document.execCommand("copy");
                        done();
                    });
                } else {
                    input.select();
                    document.execCommand("copy");
                    done();
                }
            });
        });
    }

    /* Calendars (p:schedule extender): on a phone, the agenda of the month instead of a grid cut off at the side. */
    window.portalCalendar = function () {
        if (window.matchMedia("(max-width: 40rem)").matches) {
            this.cfg.options.initialView = "listMonth";
        }
    };

    document.addEventListener("DOMContentLoaded", function () {
        showOutcome();
        copyButtons();
    });
}());
