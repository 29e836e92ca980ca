/*
 * The step page's player. It reports to the server the intervals of film actually played (not
 * the position reached), every ten seconds while playing, when paused or ended, and when the page
 * is left. The server decides what counts; this script only shows what the server answers.
 */
(function () {
    'use strict';
    var video = document.getElementById('film');
    if (!video) {
        return;
    }
    var reportUrl = video.getAttribute('data-report-url');
    var resume = parseFloat(video.getAttribute('data-resume')) || 0;
    var watchedText = document.getElementById('watched-text');
    var watchedBar = document.getElementById('watched');
    var closedBox = document.getElementById('test-closed');
    var openBox = document.getElementById('test-open');
    var announce = document.getElementById('announce');
    var reportError = document.getElementById('report-error');
    var speed = document.getElementById('speed');

    var segmentStart = null;
    var lastTime = 0;
    var pending = [];

    function round(t) {
        return Math.round(t * 100) / 100;
    }

    function closeSegment(end) {
        if (segmentStart !== null && end > segmentStart) {
            pending.push([round(segmentStart), round(end)]);
        }
        segmentStart = null;
    }

    function cutSegment() {
        if (segmentStart !== null && !video.paused) {
            var t = video.currentTime;
            closeSegment(t);
            segmentStart = t;
            lastTime = t;
        }
    }

    video.addEventListener('loadedmetadata', function () {
        if (resume > 0 && resume < video.duration) {
            video.currentTime = resume;
        }
    });
    video.addEventListener('playing', function () {
        segmentStart = video.currentTime;
        lastTime = video.currentTime;
    });
    video.addEventListener('timeupdate', function () {
        if (video.paused || video.seeking || segmentStart === null) {
            return;
        }
        var t = video.currentTime;
        if (t < lastTime || t - lastTime > 5 * Math.max(1, video.playbackRate)) {
            closeSegment(lastTime);
            segmentStart = t;
        }
        lastTime = t;
    });
    video.addEventListener('seeking', function () {
        closeSegment(lastTime);
    });
    video.addEventListener('seeked', function () {
        lastTime = video.currentTime;
        if (!video.paused) {
            segmentStart = video.currentTime;
        }
    });
    video.addEventListener('pause', function () {
        closeSegment(video.currentTime);
        send(false);
    });
    video.addEventListener('ended', function () {
        closeSegment(video.duration);
        send(false);
    });
    window.setInterval(function () {
        cutSegment();
        if (pending.length) {
            send(false);
        }
    }, 10000);
    window.addEventListener('pagehide', function () {
        cutSegment();
        send(true);
    });
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            cutSegment();
            send(true);
        }
    });

    if (speed) {
        var saved = window.localStorage && window.localStorage.getItem('playbackRate');
        if (saved && speed.querySelector('option[value="' + saved + '"]')) {
            speed.value = saved;
            video.playbackRate = parseFloat(saved);
        }
        speed.addEventListener('change', function () {
            video.playbackRate = parseFloat(speed.value);
            if (window.localStorage) {
                window.localStorage.setItem('playbackRate', speed.value);
            }
        });
        video.addEventListener('loadeddata', function () {
            video.playbackRate = parseFloat(speed.value);
        });
    }

    function send(leaving) {
        var payload = JSON.stringify({ intervals: pending, position: round(video.currentTime) });
        var sent = pending;
        pending = [];
        if (leaving && navigator.sendBeacon) {
            navigator.sendBeacon(reportUrl, new Blob([payload], { type: 'text/plain' }));
            return;
        }
        fetch(reportUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: payload,
            credentials: 'same-origin',
            redirect: 'manual'
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('report refused');
            }
            return response.json();
        }).then(function (result) {
            if (reportError) {
                reportError.hidden = true;
            }
            show(result);
        }).catch(function () {
            pending = sent.concat(pending);
            if (reportError) {
                reportError.hidden = false;
            }
        });
    }

    function show(result) {
        if (watchedText) {
            watchedText.textContent = watchedText.getAttribute('data-template').replace('{0}', result.watchedPercent);
        }
        if (watchedBar) {
            watchedBar.value = result.watchedPercent;
            watchedBar.textContent = result.watchedPercent + ' %';
            var label = watchedBar.parentNode.querySelector('.value');
            if (label) {
                label.textContent = result.watchedPercent + ' %';
            }
        }
        if (result.testOpen && openBox && openBox.hidden) {
            openBox.hidden = false;
            if (closedBox) {
                closedBox.hidden = true;
            }
            if (announce) {
                announce.textContent = announce.getAttribute('data-open-text');
            }
        }
    }
}());
