// Optional enhancement of the reading-settings form: apply a choice at once and remember it, no reload.
// Without this script the form posts to /preferences and the server does the same.
(function () {
  "use strict";
  var form = document.querySelector("[data-reading-form]");
  if (!form) return;
  var root = document.documentElement;
  root.classList.add("js");
  var names = ["theme", "size", "font", "width"];

  form.addEventListener("change", function () {
    var values = names.map(function (name) {
      var checked = form.querySelector("input[name='" + name + "']:checked");
      var value = checked ? checked.value : root.dataset[name];
      root.dataset[name] = value;
      return value;
    });
    var scheme = document.querySelector("meta[name='color-scheme']");
    if (scheme) scheme.content = root.dataset.theme === "dark" ? "dark" : root.dataset.theme === "auto" ? "light dark" : "light";
    var secure = location.protocol === "https:" ? "; Secure" : "";
    document.cookie = "reader=" + values.join(".") + "; Path=/; Max-Age=31536000; SameSite=Lax" + secure;
  });
})();
