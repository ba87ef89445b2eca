// chinalac dashboard: progressive enhancement only — every page works without this file.
(function () {
  "use strict";

  // Indicators: choosing another indicator opens its page (no inline handler: the content
  // security policy allows scripts from this site's files only).
  document.querySelectorAll("[data-indicator-select]").forEach(function (select) {
    select.addEventListener("change", function () {
      window.location.href = select.value;
    });
  });

  // Map: the year slider recolours the states from the layer data embedded in the page.
  var map = document.getElementById("map");
  var slider = document.querySelector("[data-map-year]");
  if (map && slider) {
    var layer = JSON.parse(map.getAttribute("data-layer"));
    var output = document.getElementById("year-output");
    var yearLabel = document.querySelector("[data-year-label]");
    var recolour = function () {
      var year = String(slider.value);
      var colours = layer.colours[year] || {};
      var texts = layer.texts[year] || {};
      var inferred = layer.inferred[year] || [];
      document.querySelectorAll("#map .state").forEach(function (link) {
        var iso3 = link.getAttribute("data-iso3");
        var shape = link.querySelector("path:not(.taiwan-mark), circle.marker");
        if (shape && colours[iso3]) {
          shape.setAttribute("fill", colours[iso3]);
          shape.classList.toggle("inferred", inferred.indexOf(iso3) >= 0);
        }
        var title = link.querySelector("title");
        if (title) {
          title.textContent = title.textContent.split(" — ")[0] + " — " + (texts[iso3] || "");
        }
      });
      document.querySelectorAll(".state-list tr[data-iso3]").forEach(function (row) {
        var iso3 = row.getAttribute("data-iso3");
        var swatch = row.querySelector(".swatch");
        if (swatch && colours[iso3]) { swatch.style.background = colours[iso3]; }
        var value = row.querySelector(".state-value");
        if (value) { value.textContent = texts[iso3] || ""; }
      });
      if (output) { output.textContent = year; }
      if (yearLabel) { yearLabel.textContent = year; }
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        var url = new URL(window.location.href);
        url.searchParams.set("year", year);
        window.history.replaceState(null, "", url.toString());
      }
    };
    slider.addEventListener("input", recolour);
  }

  // Charts: Plotly figures embedded as JSON, drawn with the bundled plotly.min.js.
  if (window.Plotly) {
    document.querySelectorAll(".chart[data-figure]").forEach(function (element) {
      var figure = JSON.parse(element.getAttribute("data-figure"));
      window.Plotly.newPlot(element, figure.data, figure.layout, {
        displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage"]
      });
    });
  }

  // Check page: clicking a highlighted claim shows its evidence in the side panel.
  var panel = document.getElementById("claim-detail");
  if (panel) {
    document.querySelectorAll("mark.claim").forEach(function (mark) {
      var show = function () {
        var template = document.getElementById("claim-" + mark.getAttribute("data-claim"));
        if (!template) { return; }
        panel.innerHTML = "";
        panel.appendChild(template.content.cloneNode(true));
        document.querySelectorAll("mark.claim.selected").forEach(function (m) { m.classList.remove("selected"); });
        mark.classList.add("selected");
      };
      mark.addEventListener("click", show);
      mark.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); show(); }
      });
    });
  }
})();
