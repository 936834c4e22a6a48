// Rusty Events: small enhancements; every page works without this file.
(function () {
  "use strict";
  // Copy buttons: shown only when the Clipboard API is there; the field stays selectable anyway.
  document.querySelectorAll("button.copy-button[data-copy]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    // Screen readers hear the confirmation from a polite live region next to the button.
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    button.insertAdjacentElement("afterend", status);
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "Copied";
        status.textContent = "Copied to the clipboard";
        setTimeout(function () { button.textContent = "Copy"; status.textContent = ""; }, 2000);
      }, function () {
        field.select();
      });
    });
  });
  // Read-only fields select their whole text on focus, for copying by keyboard.
  document.querySelectorAll("input[readonly], textarea[readonly]").forEach(function (field) {
    field.addEventListener("focus", function () { field.select(); });
  });
  // The folded filter form opens by itself on wide screens, where it does not push the events down.
  var box = document.getElementById("filter-box");
  if (box && window.matchMedia("(min-width: 52rem)").matches) {
    box.open = true;
  }
  // The filter form: leave empty fields out of the URL, so a shared link holds only the filter.
  var form = document.querySelector("form.filters");
  if (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input[name], select[name]").forEach(function (field) {
        if (field.value === "") {
          field.disabled = true;
        }
      });
    });
  }
})();
