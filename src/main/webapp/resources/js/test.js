/* The test page: a question marked as unanswered loses its mark as soon as it is answered. */
(function () {
    'use strict';
    document.querySelectorAll('fieldset.question.unanswered').forEach(function (question) {
        question.addEventListener('change', function () {
            question.classList.remove('unanswered');
            var error = question.querySelector('.field-error');
            if (error) {
                error.hidden = true;
            }
        });
    });
}());
