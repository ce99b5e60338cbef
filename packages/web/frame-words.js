// The frame's words in the chosen language, before the app loads (see index.html).
(function () {
  var words = {
    de: ['Zum Inhalt springen', 'Tend, Startseite', 'Hilfe jetzt', 'Einen Moment…'],
    es: ['Ir al contenido', 'Tend, inicio', 'Apoyo ahora', 'Un momento…'],
  };
  var chosen = [];
  try {
    chosen = [localStorage.getItem('tend.language') || ''];
  } catch (e) {
    // Refused storage: the browser's language decides.
  }
  var language = chosen
    .concat(navigator.languages || [])
    .map(function (tag) {
      return tag.toLowerCase().split('-')[0];
    })
    .filter(function (base) {
      return base === 'en' || words[base];
    })[0];
  var said = words[language];
  if (!said) return;
  document.documentElement.lang = language;
  var at = function (name) {
    return document.querySelector('#root .' + name) || document.createElement('i');
  };
  at('skip-link').textContent = said[0];
  at('brand').setAttribute('aria-label', said[1]);
  at('support-button').textContent = said[2];
  at('loading').textContent = said[3];
})();
