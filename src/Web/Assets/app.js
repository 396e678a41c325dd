// Signaux Faibles: the little script the server-rendered pages need (charts, live alerts). No framework.
(function () {
  "use strict";
  var colors = ["#000091", "#e1000f", "#18753c", "#b34000", "#6a6af4", "#009081"];

  function drawCharts() {
    if (typeof Chart === "undefined") { return; }
    document.querySelectorAll("canvas[data-series]").forEach(function (canvas) {
      var data = JSON.parse(canvas.getAttribute("data-series"));
      data.datasets.forEach(function (d, i) {
        d.borderColor = colors[i % colors.length];
        d.backgroundColor = colors[i % colors.length];
        d.spanGaps = true;
        d.pointRadius = 2;
      });
      new Chart(canvas, {
        type: "line",
        data: data,
        options: { animation: false, responsive: true, plugins: { legend: { position: "bottom" } } }
      });
      canvas.setAttribute("data-drawn", "true");
    });
  }

  function cell(row, text) {
    var td = document.createElement("td");
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function percent(v) {
    return v === null || v === undefined ? "–" : v.toFixed(1).replace(".", ",") + " %";
  }

  function followLive() {
    var table = document.getElementById("alertes-direct");
    if (!table) { return; }
    var body = table.querySelector("tbody");
    var state = document.getElementById("flux-etat");
    var count = document.getElementById("flux-compte");
    var received = 0;
    var source = new EventSource("/api/alertes/flux");
    source.onopen = function () {
      state.textContent = "Connecté : les alertes s'affichent en direct";
      state.className = "fr-badge fr-badge--success";
    };
    source.onerror = function () {
      state.textContent = "Connexion interrompue, nouvelle tentative…";
      state.className = "fr-badge fr-badge--warning";
    };
    source.addEventListener("alerte", function (e) {
      var a = JSON.parse(e.data);
      var row = document.createElement("tr");
      row.setAttribute("data-siren", a.siren);
      cell(row, new Date(a.recueA).toLocaleTimeString("fr-FR"));
      var level = cell(row, "");
      var badge = document.createElement("span");
      badge.className = "fr-badge fr-badge--no-icon sf-niveau sf-niveau--" + a.niveau;
      badge.textContent = a.niveauLibelle + (a.premiereAlerte && (a.niveau === "eleve" || a.niveau === "modere") ? " (1re alerte)" : "");
      level.appendChild(badge);
      var name = cell(row, "");
      var link = document.createElement("a");
      link.href = "/entreprises/" + a.siren;
      link.textContent = a.raisonSociale || a.siren;
      name.appendChild(link);
      cell(row, a.siren);
      cell(row, a.departement || "–");
      cell(row, percent(a.risquePourcent));
      cell(row, a.precedent);
      body.insertBefore(row, body.firstChild);
      while (body.rows.length > 200) { body.deleteRow(body.rows.length - 1); }
      received += 1;
      count.textContent = String(received);
    });
  }

  drawCharts();
  followLive();
})();
