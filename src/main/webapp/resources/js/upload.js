/*
 * Upload forms (form[data-upload]): send the chosen files with a progress bar and go on to the page
 * the server names. The server answers in JSON: {"location": …} when done, or {"error": …} or
 * {"errors": [{"field": …, "message": …}]} when a file is refused; each field's message is shown
 * next to its file input. Without this script the form posts the ordinary way and the server
 * redirects.
 */
(function () {
    'use strict';
    if (!window.XMLHttpRequest || !window.FormData) {
        return;
    }
    Array.prototype.forEach.call(document.querySelectorAll('form[data-upload]'), function (form) {
        var inputs = form.querySelectorAll('input[type=file]');
        var bar = form.querySelector('progress');
        var box = form.querySelector('.upload-progress');
        var status = form.querySelector('.upload-status');
        var button = form.querySelector('button[type=submit]');

        function chosen() {
            return Array.prototype.some.call(inputs, function (input) {
                return input.files && input.files.length > 0;
            });
        }

        function clearErrors() {
            Array.prototype.forEach.call(inputs, function (input) {
                input.removeAttribute('aria-invalid');
                var message = document.getElementById(input.id + '-error');
                if (message) {
                    message.textContent = '';
                }
            });
            status.classList.remove('field-error');
        }

        function fail(answer) {
            box.hidden = true;
            button.disabled = false;
            status.classList.add('field-error');
            var first = null;
            (answer.errors || []).forEach(function (error) {
                var input = error.field ? form.querySelector('input[name="' + error.field + '"]') : null;
                var message = input ? document.getElementById(input.id + '-error') : null;
                if (input && message) {
                    input.setAttribute('aria-invalid', 'true');
                    message.textContent = (message.textContent ? message.textContent + ' ' : '') + error.message;
                    first = first || input;
                }
            });
            var general = (answer.errors || []).filter(function (error) {
                return !error.field;
            }).map(function (error) {
                return error.message;
            });
            if (!first && inputs.length === 1) {
                inputs[0].setAttribute('aria-invalid', 'true');
            }
            status.textContent = answer.error || general.join(' ') || form.getAttribute(first ? 'data-refused' : 'data-failed');
            (first || inputs[0]).focus();
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors();
            if (!chosen()) {
                fail({ error: form.getAttribute('data-empty') || form.getAttribute('data-failed') });
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
                fail(answer);
            });
            request.addEventListener('error', function () {
                fail({});
            });
            box.hidden = false;
            bar.value = 0;
            status.textContent = form.getAttribute('data-uploading');
            button.disabled = true;
            request.send(new FormData(form));
        });
    });
}());
