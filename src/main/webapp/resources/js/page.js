/* Every page: when a form comes back with errors, move focus to its error summary. */
(function () {
    'use strict';
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
}());
