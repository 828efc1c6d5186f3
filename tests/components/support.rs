//! Mounting a widget inside the content provider, and small DOM helpers.

use js_sys::{Array, Function, Reflect};
use skills_radar::app::ContentContext;
use skills_radar::core::content::{self, Content, Source, Sources};
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew::AppHandle;

/// The English bank texts, read straight from the file, to check what the widgets show against.
pub const BANK_TEXTS_EN: &str = include_str!("../../content/locales/en/bank.json");

fn load(language: Language, [ui, screens, bank]: [&str; 3]) -> Rc<Content> {
    Rc::new(
        content::load(Sources {
            bank: content::BANK,
            language,
            ui_texts: Source { file: "ui.json", json: ui },
            screen_texts: Source { file: "screens.json", json: screens },
            bank_texts: Source { file: "bank.json", json: bank },
        })
        .expect("the shipped content loads"),
    )
}

thread_local! {
    static CONTENT: Rc<Content> = load(
        Language::En,
        [
            include_str!("../../content/locales/en/ui.json"),
            include_str!("../../content/locales/en/screens.json"),
            BANK_TEXTS_EN,
        ],
    );
    static CONTENT_FR: Rc<Content> = load(
        Language::Fr,
        [
            include_str!("../../content/locales/fr/ui.json"),
            include_str!("../../content/locales/fr/screens.json"),
            include_str!("../../content/locales/fr/bank.json"),
        ],
    );
    static CONTENT_AR: Rc<Content> = load(
        Language::Ar,
        [
            include_str!("../../content/locales/ar/ui.json"),
            include_str!("../../content/locales/ar/screens.json"),
            include_str!("../../content/locales/ar/bank.json"),
        ],
    );
    static BANK_TEXTS: Map<String> =
        skills_radar::core::text::parse_texts("bank.json", BANK_TEXTS_EN).expect("bank.json is a flat map");
}

/// The real English content, loaded once.
pub fn content() -> Rc<Content> {
    CONTENT.with(Rc::clone)
}

/// The real content in `language`, loaded once.
pub fn content_in(language: Language) -> Rc<Content> {
    match language {
        Language::En => content(),
        Language::Fr => CONTENT_FR.with(Rc::clone),
        Language::Ar => CONTENT_AR.with(Rc::clone),
    }
}

/// One English bank text, read from the locale file (not through the catalog under test).
pub fn bank_text(key: &str) -> String {
    BANK_TEXTS.with(|t| t.get(key).cloned().unwrap_or_else(|| panic!("no bank text {key:?}")))
}

/// Records what a callback emits.
pub type Log<T> = Rc<RefCell<Vec<T>>>;

pub fn log<T>() -> Log<T> {
    Rc::new(RefCell::new(Vec::new()))
}

pub fn recorder<T: 'static>(log: &Log<T>) -> Callback<T> {
    let log = log.clone();
    Callback::from(move |value: T| log.borrow_mut().push(value))
}

#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub content: ContentContext,
    pub children: Html,
}

/// Provides the content context around the widget under test, as the app's root does.
#[component]
pub fn Harness(props: &HarnessProps) -> Html {
    html! {
        <ContextProvider<ContentContext> context={props.content.clone()}>
            { props.children.clone() }
        </ContextProvider<ContentContext>>
    }
}

/// Lets Yew's scheduler run and the browser dispatch what is pending.
pub async fn tick() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// A widget mounted in a fresh `<div>` on the body; removed again when dropped.
pub struct Mounted {
    pub root: Element,
    content: ContentContext,
    handle: Option<AppHandle<Harness>>,
}

impl Mounted {
    pub async fn new(widget: Html) -> Mounted {
        Mounted::new_in(Language::En, widget).await
    }

    /// The widget rendered with the content of `language`, inside an element carrying its `lang` and `dir`
    /// as the app's root does.
    pub async fn new_in(language: Language, widget: Html) -> Mounted {
        let document = web_sys::window().unwrap().document().unwrap();
        // A test that panicked could not unmount its widget (wasm aborts, no drop): remove what it left,
        // so its ids do not shadow this widget's. Tests run one at a time.
        for stale in query_all(&document.document_element().unwrap(), ".component-test-root") {
            stale.remove();
        }
        let root = document.create_element("div").unwrap();
        root.set_attribute("class", "component-test-root").unwrap();
        root.set_attribute("lang", language.code()).unwrap();
        root.set_attribute("dir", language.dir()).unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let content = ContentContext(content_in(language));
        let handle = yew::Renderer::<Harness>::with_root_and_props(
            root.clone(),
            HarnessProps { content: content.clone(), children: widget },
        )
        .render();
        tick().await;
        Mounted { root, content, handle: Some(handle) }
    }

    /// Re-renders the same widget with new props (the component instance is reused).
    pub async fn update(&mut self, widget: Html) {
        let props = HarnessProps { content: self.content.clone(), children: widget };
        self.handle.as_mut().unwrap().update(props);
        tick().await;
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        query_all(&self.root, selector)
    }

    pub fn one(&self, selector: &str) -> Element {
        let found = self.all(selector);
        assert_eq!(found.len(), 1, "expected exactly one {selector:?}, found {}", found.len());
        found.into_iter().next().unwrap()
    }

    /// The element with this id, which must be inside the mounted widget.
    pub fn by_id(&self, id: &str) -> Element {
        let document = web_sys::window().unwrap().document().unwrap();
        let el = document.get_element_by_id(id).unwrap_or_else(|| panic!("no element with id {id:?}"));
        assert!(self.root.contains(Some(&el)), "#{id} is not inside the widget");
        el
    }

    pub fn radios(&self) -> Vec<HtmlInputElement> {
        self.all("input[type=radio]").into_iter().map(|e| e.unchecked_into()).collect()
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// `querySelectorAll`, without needing web-sys's `NodeList`.
pub fn query_all(el: &Element, selector: &str) -> Vec<Element> {
    let target: &JsValue = el.as_ref();
    let f: Function = Reflect::get(target, &"querySelectorAll".into()).unwrap().unchecked_into();
    let list = f.call1(target, &selector.into()).unwrap_or_else(|e| panic!("bad selector {selector:?}: {e:?}"));
    Array::from(&list).iter().map(JsCast::unchecked_into).collect()
}

/// The element's text with runs of whitespace collapsed.
pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn attr(el: &Element, name: &str) -> Option<String> {
    el.get_attribute(name)
}

/// A numeric DOM property, such as a `<progress>` element's `max`.
pub fn number_property(el: &Element, name: &str) -> f64 {
    let target: &JsValue = el.as_ref();
    Reflect::get(target, &name.into()).unwrap().as_f64().unwrap_or_else(|| panic!("{name} is not a number"))
}

/// The `<label>`s the browser associates with a form control (its `labels` property).
pub fn labels_of(input: &HtmlInputElement) -> Vec<Element> {
    let target: &JsValue = input.as_ref();
    let list = Reflect::get(target, &"labels".into()).unwrap();
    Array::from(&list).iter().map(JsCast::unchecked_into).collect()
}

pub fn click(el: &Element) {
    el.unchecked_ref::<HtmlElement>().click();
}

/// The ids listed in an ARIA reference attribute such as `aria-describedby`.
pub fn id_refs(el: &Element, name: &str) -> Vec<String> {
    attr(el, name)
        .unwrap_or_else(|| panic!("<{}> has no {name}", el.tag_name()))
        .split_whitespace()
        .map(String::from)
        .collect()
}
