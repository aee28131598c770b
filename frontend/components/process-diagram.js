// The process as a picture: bpmn-js's NavigatedViewer (pan and zoom, no editing) with each step's state from the
// server marked on it. Light DOM, so bpmn-js's own stylesheets and the app's markers (styles/app.css) apply.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

class ProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._marks = [];
    this._viewer = null;
    this._rendered = null;
  }

  set xml(value) {
    this._xml = value;
    this._render();
  }

  get xml() {
    return this._xml;
  }

  /** [{id, state: 'done'|'current'|'overdue', label, href?}] */
  set marks(value) {
    this._marks = Array.isArray(value) ? value : [];
    this._render();
  }

  get marks() {
    return this._marks;
  }

  connectedCallback() {
    if (!this._viewer) {
      const canvas = document.createElement('div');
      canvas.className = 'process-diagram-canvas';
      this.appendChild(canvas);
      this._viewer = new NavigatedViewer({ container: canvas });
      this._viewer.get('eventBus').on('element.click', (event) => {
        const mark = this._marks.find((m) => m.id === event.element.id && m.href);
        if (mark) {
          this._open(mark.href);
        }
      });
    }
    this._render();
  }

  _open(href) {
    this.dispatchEvent(new CustomEvent('step-open', { detail: { href } }));
  }

  async _render() {
    if (!this._viewer || !this._xml) {
      return;
    }
    try {
      if (this._rendered !== this._xml) {
        await this._viewer.importXML(this._xml);
        this._rendered = this._xml;
        this._mark();
        this._focusWaiting();
      } else {
        this._mark();
      }
      this.setAttribute('rendered', '');
    } catch (e) {
      console.error('process-diagram: cannot render', e);
      this.setAttribute('failed', '');
    }
  }

  /** The whole process; when that is too small to read, the first waiting step at a readable size. */
  fit() {
    this._viewer.get('canvas').zoom('fit-viewport', 'auto');
  }

  _focusWaiting() {
    const canvas = this._viewer.get('canvas');
    this.fit();
    const waiting = this._marks.find((m) => m.state !== 'done' && this._viewer.get('elementRegistry').get(m.id));
    if (!waiting || canvas.zoom() >= 0.7) {
      return;
    }
    const el = this._viewer.get('elementRegistry').get(waiting.id);
    const box = canvas.viewbox();
    const scale = 0.9;
    const width = box.outer.width / scale;
    const height = box.outer.height / scale;
    canvas.viewbox({ x: el.x + el.width / 2 - width / 3, y: el.y + el.height / 2 - height / 2, width, height });
  }

  _mark() {
    const canvas = this._viewer.get('canvas');
    const overlays = this._viewer.get('overlays');
    const registry = this._viewer.get('elementRegistry');
    overlays.remove({ type: 'step-state' });
    registry.getAll().forEach((el) => {
      ['step-done', 'step-current', 'step-overdue', 'step-link'].forEach((c) => canvas.removeMarker(el.id, c));
    });
    for (const mark of this._marks) {
      if (!registry.get(mark.id)) {
        continue;
      }
      canvas.addMarker(mark.id, 'step-' + mark.state);
      // the state in words beside the colour, and a real link a keyboard can reach
      const badge = document.createElement(mark.href ? 'a' : 'span');
      badge.className = 'step-badge step-badge-' + mark.state;
      badge.textContent = mark.label;
      badge.dataset.step = mark.id;
      if (mark.href) {
        canvas.addMarker(mark.id, 'step-link');
        badge.href = mark.href;
        badge.addEventListener('click', (e) => {
          e.preventDefault();
          this._open(mark.href);
        });
      }
      overlays.add(mark.id, 'step-state', { position: { bottom: 4, left: 2 }, html: badge });
    }
  }
}

customElements.define('process-diagram', ProcessDiagram);
