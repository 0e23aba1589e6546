// The calendar's "Use my time zone": offer the reader's own time zone, as the browser knows it
// (progressive enhancement; a file rather than an inline script, which the public
// Content-Security-Policy forbids).
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var select = document.querySelector("[data-reader-tz]");
    var button = document.querySelector("[data-use-my-tz]");
    if (!zone || !select || !button) { return; }
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
        var option = document.createElement("option");
        option.value = zone;
        option.textContent = zone.replace(/_/g, " ");
        select.appendChild(option);
    }
    button.hidden = false;
    button.addEventListener("click", function () { select.value = zone; select.form.submit(); });
})();
