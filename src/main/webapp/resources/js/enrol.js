/*
 * The enrolment page: sends the chosen file with a progress bar and goes on to its preview. Without
 * this script the form posts the file the ordinary way and the server redirects to the preview.
 */
(function () {
    'use strict';
    var form = document.getElementById('upload');
    if (!form || !window.XMLHttpRequest || !window.FormData) {
        return;
    }
    var input = document.getElementById('file');
    var bar = document.getElementById('upload-progress');
    var box = form.querySelector('.upload-progress');
    var status = document.getElementById('upload-status');
    var button = form.querySelector('button[type=submit]');

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!input.files || input.files.length === 0) {
            status.textContent = form.getAttribute('data-failed');
            input.focus();
            return;
        }
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.setRequestHeader('Accept', 'application/json');
        request.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(e.loaded / e.total * 100);
            }
        });
        request.addEventListener('load', function () {
            var answer = {};
            try {
                answer = JSON.parse(request.responseText);
            } catch (ignored) {
                answer = {};
            }
            if (request.status === 200 && answer.location) {
                bar.value = 100;
                window.location.assign(answer.location);
                return;
            }
            fail(answer.error || form.getAttribute('data-failed'));
        });
        request.addEventListener('error', function () {
            fail(form.getAttribute('data-failed'));
        });
        box.hidden = false;
        bar.value = 0;
        status.textContent = form.getAttribute('data-uploading');
        status.classList.remove('field-error');
        button.disabled = true;
        request.send(new FormData(form));
    });

    function fail(message) {
        box.hidden = true;
        button.disabled = false;
        status.classList.add('field-error');
        status.textContent = message;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
    }
}());
