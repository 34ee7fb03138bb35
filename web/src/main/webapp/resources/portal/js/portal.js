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

    /*
     * The library's bulk import: the ZIP goes to the import API as the request body (the session signs it), with the
     * upload's progress shown, then the report: counts and a table of the rejected lines. Text is set, never parsed
     * as HTML, so names from the manifest cannot inject markup.
     */
    function bulkImport() {
        var form = document.getElementById("bulk-import");
        if (!form) {
            return;
        }
        var progress = document.getElementById("bulk-progress");
        var report = document.getElementById("bulk-report");
        var element = function (name, text) {
            var made = document.createElement(name);
            if (text !== undefined) {
                made.textContent = text;
            }
            return made;
        };
        var show = function (answer, preview) {
            report.textContent = "";
            if (answer.status !== undefined) {
                report.appendChild(element("p", "Not imported: " + answer.detail)).className = "form-errors";
                return;
            }
            var verbs = preview ? ["would be created", "would be updated", "would stay unchanged"]
                : ["created", "updated", "unchanged"];
            report.appendChild(element("p", (preview ? "Preview, nothing stored: " : "Imported: ") + answer.created
                + " " + verbs[0] + ", " + answer.updated + " " + verbs[1] + ", " + answer.unchanged + " " + verbs[2]
                + ", " + answer.rejected.length + (answer.rejected.length === 1 ? " line" : " lines") + " rejected."))
                .className = "form-status";
            if (answer.rejected.length === 0) {
                return;
            }
            var table = element("table");
            table.className = "staff-table";
            table.appendChild(element("caption", "Rejected lines of manifest.csv (the header is line 1)"));
            var head = table.createTHead().insertRow();
            ["Line", "File", "Why"].forEach(function (name) {
                var cell = element("th", name);
                cell.scope = "col";
                head.appendChild(cell);
            });
            var body = table.createTBody();
            answer.rejected.forEach(function (line) {
                var row = body.insertRow();
                [String(line.line), line.file, line.reason].forEach(function (text) {
                    row.insertCell().textContent = text;
                });
            });
            report.appendChild(table);
        };
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var file = document.getElementById("bulk-file").files[0];
            var preview = document.getElementById("bulk-preview").checked;
            var request = new XMLHttpRequest();
            request.open("POST", form.getAttribute("action") + (preview ? "?dryRun=true" : ""));
            request.setRequestHeader("Content-Type", "application/zip");
            request.upload.addEventListener("progress", function (progressEvent) {
                if (progressEvent.lengthComputable) {
                    progress.value = Math.round(100 * progressEvent.loaded / progressEvent.total);
                }
            });
            request.addEventListener("load", function () {
                progress.hidden = true;
                var answer;
                try {
                    answer = JSON.parse(request.responseText);
                } catch (e) {
                    answer = {status: request.status, detail: "the server answered " + request.status + "."};
                }
                show(answer, preview);
            });
            request.addEventListener("error", function () {
                progress.hidden = true;
                show({status: 0, detail: "the upload did not reach the server."}, preview);
            });
            progress.value = 0;
            progress.hidden = false;
            report.textContent = preview ? "Checking…" : "Importing…";
            request.send(file);
        });
    }

    /* Calendars (p:schedule extender): on a phone, the agenda of the month instead of a grid cut off at the side. */
    window.portalCalendar = function () {
        if (window.matchMedia("(max-width: 40rem)").matches) {
            this.cfg.options.initialView = "listMonth";
        }
    };

    /*
     * PrimeFaces reads prefers-reduced-motion once, when the page loads, to switch its animations off: follow a change
     * made while the page is open, or its overlays would wait for CSS transitions that no longer run.
     */
    function followReducedMotion() {
        var reduce = window.matchMedia("(prefers-reduced-motion: reduce)");
        reduce.addEventListener("change", function () {
            if (window.PrimeFaces) {
                if (reduce.matches) {
                    PrimeFaces.utils.disableAnimations();
                } else {
                    PrimeFaces.utils.enableAnimations();
                }
            }
        });
    }

    /*
     * An ajax update that replaces the focused element (a form drawn again after Save) drops focus to the start of the
     * page: give it back to the element drawn in its place, so that a keyboard user goes on from where they were.
     */
    function keepFocusOverAjax() {
        if (!window.jQuery) {
            return;
        }
        var focusedId = null;
        jQuery(document).on("pfAjaxSend", function () {
            var active = document.activeElement;
            focusedId = active && active !== document.body ? active.id : null;
        });
        jQuery(document).on("pfAjaxComplete", function () {
            var active = document.activeElement;
            var again = focusedId ? document.getElementById(focusedId) : null;
            if (again && (!active || active === document.body)) {
                again.focus();
            }
        });
    }

    /*
     * A group of radio buttons or check boxes (h:selectOneRadio, h:selectManyCheckbox) is drawn as a table, which a
     * screen reader never focuses: link the group's message (the p:message beside it) and its validity to each of its
     * buttons, so that the reason is read out on whichever button the keyboard lands (WCAG 3.3.1).
     */
    function linkGroupMessages() {
        document.querySelectorAll("table[id]").forEach(function (group) {
            // Only a group's own buttons (named after it): not the check boxes of a data table's rows.
            var buttons = Array.prototype.filter.call(group.querySelectorAll("input[type=radio], input[type=checkbox]"),
                function (button) { return button.name === group.id; });
            var message = group.parentElement.querySelector(".ui-message-error");
            if (buttons.length === 0) {
                return;
            }
            if (message && !message.id) {
                message.id = group.id + "-message";
            }
            buttons.forEach(function (button) {
                if (message) {
                    button.setAttribute("aria-describedby", message.id);
                    button.setAttribute("aria-invalid", "true");
                } else {
                    button.removeAttribute("aria-describedby");
                    button.removeAttribute("aria-invalid");
                }
            });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        linkGroupMessages();
        if (window.jQuery) {
            jQuery(document).on("pfAjaxComplete", linkGroupMessages);
        }
        followReducedMotion();
        keepFocusOverAjax();
        showOutcome();
        copyButtons();
        bulkImport();
    });
}());
