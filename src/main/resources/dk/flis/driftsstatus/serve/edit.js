// The edit form's live checks and previews. The form works without this script (Gem and
// "Kontrollér uden at gemme" are plain POSTs); the script only shows the same answers sooner.
// Text from the server is set with textContent; only the note preview, which the server has cut
// down to its allow-list (the same HTML the published page shows), is inserted as HTML.
(function () {
  "use strict";
  var form = document.getElementById("formular");
  if (!form) { return; }
  var checkUrl = form.getAttribute("data-check");
  var noteUrl = checkUrl.replace(/\/kontrol$/, "/note");
  var status = document.getElementById("kontrol-status");
  var summary = document.getElementById("fejl-oversigt") || document.getElementById("aendret");
  if (summary) { summary.focus(); }

  var loaded = new URLSearchParams(new FormData(form)).toString();
  var submitting = false;
  var sequence = 0;
  var running = null;
  var checkTimer = null;
  var previewTimers = {};
  var lastSentence = "";

  function post(url, body, accept) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: body,
      credentials: "same-origin",
      signal: running ? running.signal : undefined
    });
  }

  function say(sentence) {
    if (sentence !== lastSentence) {
      lastSentence = sentence;
      status.textContent = sentence;
    }
  }

  function clearMessages() {
    Array.prototype.forEach.call(form.querySelectorAll(".field-error"), function (box) {
      box.textContent = "";
    });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (control) {
      control.removeAttribute("aria-invalid");
    });
  }

  function show(d) {
    var box = document.getElementById("fejl-" + d.field);
    if (!box) { return; }
    var line = document.createElement("p");
    line.className = d.severity === "error" ? "error" : "warning";
    var kind = document.createElement("span");
    kind.className = "visually-hidden";
    kind.textContent = (d.severity === "error" ? "Fejl" : "Advarsel") + ": ";
    line.appendChild(kind);
    line.appendChild(document.createTextNode((d.fieldLine ? "linje " + d.fieldLine + " i teksten: " : "") + d.message));
    if (d.hint) {
      var hint = document.createElement("span");
      hint.className = "hint-text";
      hint.textContent = " Tip: " + d.hint;
      line.appendChild(hint);
    }
    box.appendChild(line);
    if (d.severity === "error") {
      var control = document.getElementById(d.field);
      if (control) { control.setAttribute("aria-invalid", "true"); }
    }
  }

  function check() {
    if (running) { running.abort(); }
    running = new AbortController();
    var mine = ++sequence;
    post(checkUrl, new URLSearchParams(new FormData(form)).toString(), "application/json")
      .then(function (response) {
        if (response.status === 403) {
          throw new Error("restarted");
        }
        return response.json();
      })
      .then(function (report) {
        if (mine !== sequence) { return; }
        clearMessages();
        report.diagnostics.forEach(function (d) { if (d.field) { show(d); } });
        var sentence = report.errors === 0 && report.warnings === 0 ? "Ingen fejl."
          : report.errors + " fejl og " + report.warnings + " advarsler – se ved felterne.";
        if (report.otherErrors > 0) { sentence += " Andre filer har fejl (" + report.otherErrors + ")."; }
        say(sentence);
      })
      .catch(function (error) {
        if (error.name === "AbortError" || mine !== sequence) { return; }
        say(error.message === "restarted"
          ? "Serveren er startet igen. Tryk Gem for at gemme – dine ændringer er bevaret."
          : "Kontrollen kunne ikke køre – serveren svarer ikke.");
      });
  }

  function preview(textarea) {
    var id = textarea.id === "preface" ? "preface" : textarea.id.replace(/^note-/, "");
    var target = document.getElementById("forhaand-" + id);
    if (!target) { return; }
    var body = new URLSearchParams();
    body.set("token", form.elements.token.value);
    body.set("markdown", textarea.value);
    fetch(noteUrl, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json" },
      body: body.toString(),
      credentials: "same-origin"
    }).then(function (response) { return response.json(); })
      .then(function (answer) {
        if (answer.html) {
          target.innerHTML = answer.html; // sanitized by the server, as on the published page
        } else {
          target.textContent = "";
          var empty = document.createElement("p");
          empty.textContent = target.getAttribute("data-empty") || "";
          target.appendChild(empty);
        }
      })
      .catch(function () { /* the preview waits for the next keystroke */ });
  }

  form.addEventListener("input", function (event) {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 600);
    var target = event.target;
    if (target.tagName === "TEXTAREA") {
      clearTimeout(previewTimers[target.id]);
      previewTimers[target.id] = setTimeout(function () { preview(target); }, 300);
    }
  });
  form.addEventListener("change", function () {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(check, 600);
  });
  form.addEventListener("submit", function () { submitting = true; });
  window.addEventListener("beforeunload", function (event) {
    if (!submitting && new URLSearchParams(new FormData(form)).toString() !== loaded) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll(".error-summary a[href^='#']"), function (link) {
    link.addEventListener("click", function (event) {
      var control = document.getElementById(link.getAttribute("href").substring(1));
      if (!control) { return; }
      event.preventDefault();
      var label = document.querySelector("label[for='" + control.id + "']");
      (label || control).scrollIntoView();
      control.focus();
    });
  });
})();
