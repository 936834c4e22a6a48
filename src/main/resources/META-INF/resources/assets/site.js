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
      // A radius means nothing without a place (the server refuses it): leave it out too.
      var place = form.querySelector("input[name=near]");
      var radius = form.querySelector("select[name=radius]");
      if (place && radius && place.value.trim() === "") {
        radius.disabled = true;
      }
    });
  }
  var near = document.getElementById("f-near");
  var places = document.getElementById("near-places");
  // The Near box: place names from our own /api/places as one types (at least 2 letters; not for
  // lat,lon), offered through the box's <datalist>; the newest answer wins.
  if (near && places && window.fetch) {
    var asked = 0;
    var timer = null;
    near.addEventListener("input", function () {
      clearTimeout(timer);
      var text = near.value.trim();
      if (text.length < 2 || /^[-+]?[0-9.]+\s*,/.test(text)) {
        return;
      }
      timer = setTimeout(function () {
        var mine = ++asked;
        fetch("/api/places?q=" + encodeURIComponent(text), {headers: {Accept: "application/json"}})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (found) {
            if (mine !== asked) {
              return;
            }
            places.textContent = "";
            found.forEach(function (p) {
              var option = document.createElement("option");
              option.value = p.near;
              option.label = [p.name, p.subdivisionName, p.country].filter(Boolean).join(", ");
              places.appendChild(option);
            });
          }, function () { /* no suggestions; the box still takes any name */ });
      }, 200);
    });
  }
  // "Use my location": the browser's geolocation, only where it is offered (a secure context).
  // The position is rounded to 2 decimals (about 1 km) before it goes into the Near box, and it
  // leaves the browser only when the form is sent, to this site, as near=lat,lon.
  var here = document.getElementById("near-here");
  if (near && here && navigator.geolocation && window.isSecureContext) {
    here.hidden = false;
    var said = document.createElement("p");
    said.className = "near-status";
    said.id = "near-status";
    said.setAttribute("role", "status");
    said.setAttribute("aria-live", "polite");
    here.insertAdjacentElement("afterend", said);
    here.addEventListener("click", function () {
      said.textContent = "Finding your location…";
      navigator.geolocation.getCurrentPosition(function (position) {
        near.value = position.coords.latitude.toFixed(2) + "," + position.coords.longitude.toFixed(2);
        said.textContent = "Near is now your location, rounded to about 1 km (" + near.value
          + "). Choose a radius and press Show events.";
      }, function (error) {
        said.textContent = error.code === error.PERMISSION_DENIED
          ? "Your location was not shared, so Near is unchanged. Type a city instead."
          : "Your location could not be found, so Near is unchanged. Type a city instead.";
      }, {timeout: 15000, maximumAge: 600000});
    });
  }
})();
