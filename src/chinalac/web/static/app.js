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

    // Play: the years one after another (from the first when at the last), then stop.
    var play = document.querySelector("[data-play]");
    if (play) {
      var timer = null;
      var stop = function () {
        clearInterval(timer);
        timer = null;
        play.textContent = play.getAttribute("data-label-play");
        play.setAttribute("aria-pressed", "false");
      };
      play.hidden = false;
      play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        if (Number(slider.value) >= Number(slider.max)) { slider.value = slider.min; recolour(); }
        play.textContent = play.getAttribute("data-label-pause");
        play.setAttribute("aria-pressed", "true");
        timer = setInterval(function () {
          if (Number(slider.value) >= Number(slider.max)) { stop(); return; }
          slider.value = String(Number(slider.value) + 1);
          recolour();
        }, 600);
      });
    }
  }

  // Charts: server-drawn SVG. PNG and SVG exports reveal the footer drawn below the on-page
  // view box (title, sources, coverage, permalink), so every exported image carries its citation.
  var exportable = function (svg) {
    var copy = svg.cloneNode(true);
    var width = Number(svg.getAttribute("data-width"));
    var height = Number(svg.getAttribute("data-full-height"));
    copy.setAttribute("viewBox", "0 0 " + width + " " + height);
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    var link = copy.querySelector(".chart-permalink");
    if (link && window.location.protocol !== "file:") {
      var address = window.location.origin + link.getAttribute("data-path");
      link.textContent = "chinalac · " + address;
      if (link.parentNode && link.parentNode.localName === "a") { link.parentNode.setAttribute("href", address); }
    }
    return { text: new XMLSerializer().serializeToString(copy), width: width, height: height };
  };
  var save = function (blob, name) {
    var anchor = document.createElement("a");
    anchor.href = URL.createObjectURL(blob);
    anchor.download = name;
    document.body.appendChild(anchor);
    anchor.click();
    setTimeout(function () { URL.revokeObjectURL(anchor.href); anchor.remove(); }, 1000);
  };
  document.querySelectorAll(".chart-block").forEach(function (block) {
    var svg = block.querySelector("svg.chart-svg");
    if (!svg) { return; }
    var name = "chinalac-" + (block.id || "chart");
    block.querySelectorAll("button[data-export]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var image = exportable(svg);
        var svgBlob = new Blob([image.text], { type: "image/svg+xml" });
        if (button.getAttribute("data-export") === "svg") { save(svgBlob, name + ".svg"); return; }
        var picture = new Image();
        picture.onload = function () {
          var canvas = document.createElement("canvas");
          canvas.width = image.width * 2;
          canvas.height = image.height * 2;
          var context = canvas.getContext("2d");
          context.scale(2, 2);
          context.drawImage(picture, 0, 0, image.width, image.height);
          canvas.toBlob(function (png) { save(png, name + ".png"); }, "image/png");
        };
        picture.src = URL.createObjectURL(svgBlob);
      });
    });
  });

  // Country search on every page: a state's name in English, Spanish or Portuguese, accents
  // and case ignored, opens its profile; without JavaScript the form asks /country?q=.
  var search = document.querySelector("[data-country-search]");
  if (search) {
    var fold = function (text) {
      return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
    };
    var find = function (text) {
      var wanted = fold(text);
      if (!wanted) { return null; }
      var options = Array.prototype.slice.call(search.querySelectorAll("option[data-iso3]"));
      var exact = null, prefix = null;
      options.forEach(function (option) {
        option.getAttribute("data-names").split("|").forEach(function (name) {
          var folded = fold(name);
          if (folded === wanted && !exact) { exact = option.getAttribute("data-iso3"); }
          if (folded.indexOf(wanted) === 0 && !prefix) { prefix = option.getAttribute("data-iso3"); }
        });
      });
      return exact || prefix;
    };
    var go = function (event) {
      var iso3 = find(search.querySelector("input").value);
      if (iso3) {
        if (event) { event.preventDefault(); }
        window.location.href = search.getAttribute("data-url").replace("XXX", iso3);
      }
    };
    search.addEventListener("submit", go);
    search.querySelector("input").addEventListener("change", function () { go(null); });
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
