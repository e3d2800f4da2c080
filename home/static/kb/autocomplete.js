/* Search-as-you-type suggestions for the search box (an enhancement: the form works
   without it). ARIA 1.2 combobox with a listbox; the live region announces the count.
   Escape is the quick-exit key on these pages, so it is not used to close the list:
   Tab, a click elsewhere or emptying the box does. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-autocomplete-url]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("[role=combobox]");
  var list = document.getElementById(input.getAttribute("aria-controls"));
  var status = form.querySelector("[data-suggestions-status]");
  var endpoint = form.getAttribute("data-autocomplete-url");
  var lang = form.getAttribute("data-autocomplete-lang") || document.documentElement.lang;
  var messages = {
    none: form.getAttribute("data-msg-none") || "",
    some: form.getAttribute("data-msg-some") || "{count}"
  };
  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    items = [];
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function announce(text) {
    if (status) status.textContent = text;
  }

  function highlightOption(index) {
    var options = list.querySelectorAll("[role=option]");
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function choose(index) {
    var item = items[index];
    if (!item) return;
    if (item.url) {
      window.location.assign(item.url);
    } else {
      input.value = item.text;
      close();
      form.submit();
    }
  }

  function render(suggestions) {
    items = suggestions;
    list.innerHTML = "";
    active = -1;
    if (!suggestions.length) {
      close();
      announce(messages.none);
      return;
    }
    suggestions.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = "search-suggestion-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.className = "suggestions__option";
      option.textContent = item.text;
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the box
      });
      option.addEventListener("click", function () {
        choose(index);
      });
      list.appendChild(option);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    announce(messages.some.replace("{count}", suggestions.length));
  }

  function fetchSuggestions() {
    var prefix = input.value.trim();
    if (prefix.length < 2) {
      close();
      return;
    }
    var ticket = ++latest;
    var url = endpoint + "?q=" + encodeURIComponent(prefix) + "&lang=" + encodeURIComponent(lang);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (ticket === latest) render(data.suggestions || []);
      })
      .catch(function () {
        if (ticket === latest) close();
      });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden || !items.length) return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      highlightOption(active + 1 < items.length ? active + 1 : 0);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlightOption(active > 0 ? active - 1 : items.length - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === "Tab") {
      close();
    }
  });

  input.addEventListener("blur", function () {
    setTimeout(close, 150);
  });
})();
