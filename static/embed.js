// Skills Radar on a host page: <script src="https://…/skills-radar/embed.js" defer></script>, then
// <skills-radar src="https://…/skills-radar/" lang="fr"></skills-radar>. No dependencies and no inline
// script: the attributes carry the options. The element holds an iframe whose height follows the app's
// content, and re-dispatches the app's messages as DOM CustomEvents on itself (`skills-radar:step`, …, with
// the message as `detail`). A classic script, not a module, so that the host needs no CORS from the app's
// server. See docs/EMBEDDING.md.
class SkillsRadarElement extends HTMLElement {
  connectedCallback() {
    if (this.frame) return;
    const src = new URL(this.getAttribute('src') || '.', document.baseURI);
    src.searchParams.set('embed', '');
    const lang = this.getAttribute('lang');
    if (lang) src.searchParams.set('lang', lang);
    const frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = this.getAttribute('title') || 'Skills Radar';
    frame.style.inlineSize = '100%';
    frame.style.blockSize = `${Number(this.getAttribute('height')) || 640}px`;
    frame.style.border = '0';
    frame.style.display = 'block';
    this.frame = frame;
    this.origin = src.origin;
    this.listener = (event) => {
      if (event.source !== frame.contentWindow || event.origin !== this.origin) return;
      const data = event.data;
      if (!data || typeof data.type !== 'string' || !data.type.startsWith('skills-radar:')) return;
      if (data.type === 'skills-radar:height' && Number.isFinite(data.height) && data.height > 0) {
        frame.style.blockSize = `${Math.ceil(data.height)}px`;
      }
      this.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
    };
    window.addEventListener('message', this.listener);
    // The app learns this page's origin from the browser, checked, through this hello.
    frame.addEventListener('load', () => frame.contentWindow?.postMessage({ type: 'skills-radar:hello' }, this.origin));
    this.append(frame);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.listener);
    this.frame?.remove();
    this.frame = null;
  }
}

if (!customElements.get('skills-radar')) customElements.define('skills-radar', SkillsRadarElement);
