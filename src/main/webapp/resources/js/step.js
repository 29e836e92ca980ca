/*
 * The step page's player. It reports to the server the intervals of film actually played on this
 * visit (not the position reached): every ten seconds while playing, when paused or ended, and when
 * the page is left. Each report carries everything played on this visit, so film the server could
 * not credit yet is credited by a later report. The server decides what counts; this script only
 * shows what the server answers.
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

    var MAX_INTERVALS = 50;
    var segmentStart = null;
    var lastTime = 0;
    var played = [];
    var dirty = false;
    var inFlight = false;
    var again = false;

    function round(t) {
        return Math.round(t * 100) / 100;
    }

    function merge(list) {
        var sorted = list.slice().sort(function (a, b) { return a[0] - b[0]; });
        var merged = [];
        sorted.forEach(function (i) {
            var last = merged[merged.length - 1];
            if (last && i[0] <= last[1] + 0.3) {
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.push([i[0], i[1]]);
            }
        });
        return merged;
    }

    function closeSegment(end) {
        if (segmentStart !== null && end - segmentStart > 0.05) {
            played = merge(played.concat([[round(segmentStart), round(end)]]));
            dirty = true;
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
    // A segment runs from where playing starts to where it stops: a pause, a seek, the end, or the
    // film running out of data while it buffers (waiting, emptied). Playing again opens a new
    // segment only if none is open, so nothing really played is ever dropped. A stalled download
    // does not stop what is already buffered, so it only closes the segment so far and goes on.
    // Jumps are seen through the seeking and seeked events, not guessed from the time between
    // updates (which a busy computer can stretch).
    video.addEventListener('playing', function () {
        if (segmentStart === null) {
            segmentStart = video.currentTime;
        }
        lastTime = video.currentTime;
    });
    video.addEventListener('waiting', function () {
        closeSegment(Math.max(lastTime, video.currentTime));
    });
    video.addEventListener('emptied', function () {
        closeSegment(lastTime);
    });
    video.addEventListener('stalled', cutSegment);
    video.addEventListener('timeupdate', function () {
        if (video.paused || video.seeking || segmentStart === null) {
            return;
        }
        var t = video.currentTime;
        if (t < lastTime) {
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
        if (dirty) {
            send(false);
        }
    });
    window.setInterval(function () {
        cutSegment();
        if (dirty) {
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

    var captions = document.getElementById('captions');
    function showCaptions(lang) {
        for (var i = 0; i < video.textTracks.length; i++) {
            var track = video.textTracks[i];
            track.mode = track.language === lang ? 'showing' : 'disabled';
        }
    }
    if (captions) {
        showCaptions(captions.value);
        captions.addEventListener('change', function () {
            showCaptions(captions.value);
        });
    }

    // Chapters: a button seeks the film to its section; the section playing is marked.
    var chapters = Array.prototype.slice.call(document.querySelectorAll('.chapter'));
    chapters.forEach(function (button) {
        button.addEventListener('click', function () {
            video.currentTime = parseFloat(button.getAttribute('data-start'));
            video.focus();
        });
    });
    function markChapter() {
        var current = null;
        chapters.forEach(function (button) {
            if (parseFloat(button.getAttribute('data-start')) <= video.currentTime + 0.25) {
                current = button;
            }
        });
        chapters.forEach(function (button) {
            if (button === current) {
                button.setAttribute('aria-current', 'true');
            } else {
                button.removeAttribute('aria-current');
            }
        });
    }
    if (chapters.length) {
        video.addEventListener('timeupdate', markChapter);
        video.addEventListener('seeked', markChapter);
    }

    // The default rate survives the media element's load algorithm, which resets playbackRate.
    function setRate(value) {
        video.defaultPlaybackRate = value;
        video.playbackRate = value;
    }
    if (speed) {
        var saved = window.localStorage && window.localStorage.getItem('playbackRate');
        if (saved && speed.querySelector('option[value="' + saved + '"]')) {
            speed.value = saved;
            setRate(parseFloat(saved));
        }
        speed.addEventListener('change', function () {
            setRate(parseFloat(speed.value));
            if (window.localStorage) {
                window.localStorage.setItem('playbackRate', speed.value);
            }
        });
    }

    function payload() {
        var recent = played.length > MAX_INTERVALS ? played.slice(played.length - MAX_INTERVALS) : played;
        return JSON.stringify({ intervals: recent, position: round(video.currentTime) });
    }

    function send(leaving) {
        if (!reportUrl) {
            return; // a preview: nothing played here counts
        }
        if (leaving) {
            if (dirty && navigator.sendBeacon) {
                navigator.sendBeacon(reportUrl, new Blob([payload()], { type: 'text/plain' }));
            }
            return;
        }
        if (inFlight) {
            again = true;
            return;
        }
        inFlight = true;
        dirty = false;
        fetch(reportUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: payload(),
            credentials: 'same-origin',
            redirect: 'manual'
        }).then(function (response) {
            if (response.status === 429) {
                // Reported too often (pausing and playing quickly): send it all again when allowed.
                var wait = parseInt(response.headers.get('Retry-After'), 10) || 2;
                dirty = true;
                window.setTimeout(function () { send(false); }, wait * 1000);
                return null;
            }
            if (!response.ok) {
                throw new Error('report refused');
            }
            return response.json();
        }).then(function (result) {
            if (!result) {
                return;
            }
            if (reportError) {
                reportError.hidden = true;
            }
            if (result.creditPending) {
                dirty = true;
                window.setTimeout(function () { send(false); }, 5000);
            }
            show(result);
        }).catch(function () {
            dirty = true;
            if (reportError) {
                reportError.hidden = false;
            }
        }).then(function () {
            inFlight = false;
            if (again) {
                again = false;
                send(false);
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
