// Added by `ikc-atlas serve` to the pages it serves (never to the built site): after every rebuild the
// server sends the number of the new build, and a page made by an older build reloads itself.
(function () {
  var shown = new URL(document.currentScript.src).searchParams.get('build');
  var events = new EventSource('/__ikc-atlas/events');
  events.addEventListener('build', function (event) {
    if (event.data !== shown) {
      events.close();
      location.reload();
    }
  });
})();
