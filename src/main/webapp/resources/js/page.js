/* Every page: when a form comes back with errors, move focus to its error summary. */
(function () {
    'use strict';
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
}());

/*
 * On a narrow screen the header's links fold into a menu behind a button (the CSS hides the list
 * while the button says it is closed). Without scripts the button stays hidden and the links show.
 */
(function () {
    'use strict';
    var nav = document.querySelector('.site-nav');
    var button = nav && nav.querySelector('.menu-button');
    if (!button) {
        return;
    }
    nav.classList.add('has-menu');
    button.hidden = false;
    function set(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        nav.classList.toggle('open', open);
    }
    button.addEventListener('click', function () {
        set(button.getAttribute('aria-expanded') !== 'true');
    });
    nav.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            set(false);
            button.focus();
        }
    });
}());
