//! Back and Next for a step of the walk. Next is the submit button of the step's form, so Enter in the
//! form moves on as it does in any form.

use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub fn step_nav(text: &Catalog, on_back: Callback<MouseEvent>) -> Html {
    html! {
        <div class="nav">
            <button type="button" class="button-secondary nav-back" onclick={on_back}>{ text.ui(Ui::NavBack) }</button>
            <button type="submit" class="button-primary nav-next">{ text.ui(Ui::NavNext) }</button>
        </div>
    }
}
