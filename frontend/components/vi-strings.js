// Vaadin's web components speak English to screen readers in a few places the Flow API does not reach: a sortable
// grid column's sorter ("Sort by …") and a password field's reveal button ("Show password"). The page puts the
// texts in its own language on an ancestor (data-sort-by with {0} for the column, data-password-reveal); this
// replaces the English ones as the components render.
const SORT_BY = 'Sort by ';

function translateSorter(sorter) {
  const label = sorter.getAttribute('aria-label');
  const host = sorter.closest('[data-sort-by]');
  if (label && label.startsWith(SORT_BY) && host) {
    sorter.setAttribute('aria-label', host.dataset.sortBy.replace('{0}', label.substring(SORT_BY.length)));
  }
}

function translatePassword(field) {
  const host = field.closest('[data-password-reveal]');
  if (host && (!field.i18n || field.i18n.reveal !== host.dataset.passwordReveal)) {
    field.i18n = { ...(field.i18n || {}), reveal: host.dataset.passwordReveal };
  }
}

function visit(node) {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (node.localName === 'vaadin-grid-sorter') {
    translateSorter(node);
  } else if (node.localName === 'vaadin-password-field') {
    translatePassword(node);
  }
  node.querySelectorAll('vaadin-grid-sorter').forEach(translateSorter);
  node.querySelectorAll('vaadin-password-field').forEach(translatePassword);
}

if (!window.__hoinghiStrings) {
  window.__hoinghiStrings = true;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target.localName === 'vaadin-grid-sorter') {
          translateSorter(record.target);
        }
      } else {
        record.addedNodes.forEach(visit);
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true,
    attributeFilter: ['aria-label'] });
  visit(document.documentElement);
}
