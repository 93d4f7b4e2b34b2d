// rashomon: the only script. Every page works without it; it adds two conveniences:
// the story page's legend opens by itself on wide screens (on phones it stays folded), and
// the compare form gets an "Add another article" button that copies the last article block.
(function () {
  "use strict";
  var legend = document.getElementById("legend");
  if (legend && window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) legend.open = true;
})();
(function () {
  "use strict";
  var button = document.getElementById("add-article");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var blocks = document.querySelectorAll(".article-input");
    var last = blocks[blocks.length - 1];
    var n = blocks.length + 1;
    var copy = last.cloneNode(true);
    copy.setAttribute("data-index", String(n));
    copy.querySelector("h2").textContent = "Article " + n;
    copy.querySelectorAll("input, textarea").forEach(function (field) {
      var kind = field.name;
      field.id = kind + "-" + n;
      field.value = "";
    });
    copy.querySelectorAll("label").forEach(function (label) {
      var kind = label.getAttribute("for").split("-")[0];
      label.setAttribute("for", kind + "-" + n);
      label.textContent = label.textContent.replace(/\d+/, String(n));
    });
    last.parentNode.insertBefore(copy, button.parentNode);
    copy.querySelector("textarea").focus();
  });
})();
