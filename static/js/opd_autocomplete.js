// OPD autocomplete narrowed to the provinces of the parties on the same form (the agreement
// admin and the review queue's accept page): the request carries their codes, and the OPD
// admin's search filters by them. A static file, because the CSP forbids inline scripts.
"use strict";
(function () {
  function partyProvinces() {
    const codes = [];
    document.querySelectorAll('select[name^="parties-"][name$="-province"]').forEach(function (select) {
      const row = select.name.replace(/-province$/, "");
      const deleted = document.querySelector('input[name="' + row + '-DELETE"]');
      const include = document.querySelector('input[name="' + row + '-include"]');
      if ((deleted && deleted.checked) || (include && !include.checked)) {
        return;
      }
      if (select.value) {
        codes.push(select.value);
      }
    });
    return codes;
  }
  function install() {
    if (!window.django || !window.django.jQuery) {
      return;
    }
    window.django.jQuery.ajaxPrefilter(function (options) {
      if (options.url && options.url.indexOf("/autocomplete/") !== -1 &&
          /(^|&)field_name=opd(&|$)/.test(options.data || options.url.split("?")[1] || "")) {
        const codes = partyProvinces();
        if (codes.length) {
          const extra = "provinces=" + encodeURIComponent(codes.join(","));
          if (typeof options.data === "string" && options.type !== "GET") {
            options.data += "&" + extra;
          } else {
            options.url += (options.url.indexOf("?") === -1 ? "?" : "&") + extra;
          }
        }
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", install);
  } else {
    install();
  }
})();
