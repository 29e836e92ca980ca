/* The join link page: copy the link, and print the poster (the buttons only show where scripts run). */
(function () {
    'use strict';
    var copy = document.getElementById('copy-link');
    var print = document.getElementById('print-poster');
    var field = document.getElementById('link');
    var status = document.getElementById('copy-status');
    if (copy && field && navigator.clipboard) {
        copy.hidden = false;
        copy.addEventListener('click', function () {
            navigator.clipboard.writeText(field.value).then(function () {
                status.textContent = copy.getAttribute('data-copied');
            }, function () {
                field.select();
            });
        });
    }
    if (print && window.print) {
        print.hidden = false;
        print.addEventListener('click', function () {
            window.print();
        });
    }
}());
