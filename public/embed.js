/*
 * Common Ground embed helper: fits each <iframe data-common-ground> to the height its page
 * reports. Include once per host page, anywhere:
 *   <script src="https://YOUR-HOST/BASE/embed.js" async></script>
 * A message is used only if it comes from one of those iframes (its window and its origin)
 * and has exactly the shape { type: 'common-ground:height', height, id? }. No dependencies.
 */
/* global window, document, URL */
(function () {
  'use strict';
  if (window.commonGroundEmbed) return;
  window.commonGroundEmbed = true;

  var TYPE = 'common-ground:height';
  var MIN = 50;
  var MAX = 20000;

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function isHeightMessage(data) {
    if (!data || typeof data !== 'object' || Object.getPrototypeOf(data) !== Object.prototype)
      return false;
    var keys = Object.keys(data);
    for (var i = 0; i < keys.length; i++)
      if (keys[i] !== 'type' && keys[i] !== 'height' && keys[i] !== 'id') return false;
    return (
      data.type === TYPE &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= MIN &&
      data.height <= MAX &&
      (data.id === undefined || typeof data.id === 'string')
    );
  }

  window.addEventListener('message', function (event) {
    if (!isHeightMessage(event.data)) return;
    var frames = document.querySelectorAll('iframe[data-common-ground]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame.src) !== event.origin) return;
      frame.style.height = Math.ceil(event.data.height) + 'px';
      return;
    }
  });
})();
