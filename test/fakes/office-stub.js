// Served in place of Microsoft's office.js in browser tests. It provides the small part of the
// Office global that the page uses at start: onReady, the display language and theme, and the
// registries the ribbon and the custom functions call. A test sets window.__officeStub before the
// page loads to choose the language and theme.
(function () {
  var settings = window.__officeStub || {};
  var dark = settings.theme === "dark";
  window.Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: settings.displayLanguage || "zh-CN",
      officeTheme: {
        bodyBackgroundColor: dark ? "#262626" : "#ffffff",
        bodyForegroundColor: dark ? "#ffffff" : "#000000",
        controlBackgroundColor: dark ? "#3b3b3b" : "#ffffff",
        controlForegroundColor: dark ? "#ffffff" : "#000000",
      },
    },
    actions: { associate: function () {} },
    onReady: function (callback) {
      var info = { host: "Excel", platform: "OfficeOnline" };
      return Promise.resolve(info).then(function (i) {
        if (callback) callback(i);
        return i;
      });
    },
  };
  function CustomFunctionError(code, message) {
    this.code = code;
    this.message = message;
  }
  window.CustomFunctions = {
    associate: function () {},
    Error: CustomFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
  };
})();
