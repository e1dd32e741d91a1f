// The embed code's own script, published verbatim at `embed/loader.v1.js` and pinned by its
// integrity hash in the embed code (a change is a new file, loader.v2.js, so pasted code keeps
// working). The embed code works without it: each frame sits in a box sized, before any script, to
// the embed's measured height at the box's width. This only refines that box to the height the frame
// reports, and, for boxes marked `data-trackscroll`, tells the frame where it is in the host's
// viewport (pym.js's `viewport-iframe-position`), less a sticky header of `data-offset` px. It keeps
// the frame the page already has (so `loading="lazy"` and the box survive), runs once per box however
// often it is pasted, and ignores any message not from one of its frames.
(function () {
  'use strict';
  /** @typedef {{ box: HTMLElement, frame: HTMLIFrameElement, id: string, offset: number, track: boolean }} Embed */
  /** @type {Embed[]} */
  var embeds = [];
  var PYM = 'xPYMx';

  /** @param {Embed} embed */
  function sendPosition(embed) {
    var target = embed.frame.contentWindow;
    if (!embed.track || !target) return;
    var rect = embed.frame.getBoundingClientRect();
    var offset = embed.offset;
    var payload = [
      document.documentElement.clientWidth,
      Math.max(1, window.innerHeight - offset),
      rect.top - offset,
      rect.left,
      rect.bottom - offset,
      rect.right,
    ].map(Math.round);
    target.postMessage(['pym', embed.id, 'viewport-iframe-position', payload.join(' ')].join(PYM), '*');
  }

  var queued = false;
  function positionsSoon() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () {
      queued = false;
      embeds.forEach(sendPosition);
    });
  }

  /** @param {MessageEvent} event */
  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var heights = data['datawrapper-height'];
    if (!heights || typeof heights !== 'object') return;
    embeds.forEach(function (embed) {
      if (event.source !== embed.frame.contentWindow) return;
      var height = Number(heights[embed.id]);
      if (!(height > 0 && height < 100000)) return;
      embed.box.style.paddingTop = Math.ceil(height) + 'px';
    });
  }

  /** @param {HTMLElement} box */
  function setUp(box) {
    var frame = box.querySelector('iframe');
    var id = box.getAttribute('data-separated-embed') || '';
    if (box.hasAttribute('data-separated-ready') || !frame || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return;
    box.setAttribute('data-separated-ready', '');
    var fallback = box.querySelector('img');
    // The picture under the frame is for readers without frames (not fetched, if not yet, when frames work).
    if (fallback) fallback.remove();
    var embed = {
      box: box,
      frame: frame,
      id: id,
      offset: Math.max(0, Number(box.getAttribute('data-offset')) || 0),
      track: box.hasAttribute('data-trackscroll'),
    };
    embeds.push(embed);
    frame.addEventListener('load', function () {
      sendPosition(embed);
    });
    sendPosition(embed);
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('scroll', positionsSoon, { passive: true });
  window.addEventListener('resize', positionsSoon);
  document.querySelectorAll('[data-separated-embed]').forEach(function (box) {
    setUp(/** @type {HTMLElement} */ (box));
  });
})();
