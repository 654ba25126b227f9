//! The form that names an item of a list the room keeps — a place of
//! where-and-when, an indicator of the score card — adding it or renaming
//! it: the same steps whatever the item, only the rule and the change
//! differ.

use super::Effect;
use crate::model::rules::Broken;
use crate::model::score_card::Indicator;
use crate::model::where_when::MapPlace;
use crate::model::{Change, Keyed, ListOp};
use crate::tui::form::{FieldId, Form, Text};
use crate::tui::widgets::list::Selection;

/// An item of a list (with its key) and the name the room gives it.
pub trait Named: Keyed {
    fn name(&self) -> &str;
    fn set_name(&mut self, name: String);
}

impl Named for MapPlace {
    fn name(&self) -> &str {
        &self.name
    }
    fn set_name(&mut self, name: String) {
        self.name = name;
    }
}

impl Named for Indicator {
    fn name(&self) -> &str {
        &self.name
    }
    fn set_name(&mut self, name: String) {
        self.name = name;
    }
}

/// The list a name form works on, and what its rule and changes are.
pub struct NameList<'a, T: Named> {
    pub items: &'a [T],
    /// Whether a name is taken: the name typed, the others' names.
    pub rule: fn(&str, Vec<&str>) -> Result<(), Broken>,
    /// Why a name is not taken, in the facilitator's language.
    pub refusal: &'a dyn Fn(&Broken) -> String,
    /// The change that renames an item.
    pub update: fn(ListOp<T>) -> Change,
    /// The id a new item will get, and the change that adds it.
    pub next_id: T::Id,
    pub add: &'a dyn Fn(&str) -> Change,
}

/// What the name form (`id`: the item renamed, `None` adding one) asks
/// for, or `None` to keep it open with why the name is not taken. An added
/// item is selected.
pub fn submit<T: Named>(
    list: &NameList<T>,
    id: Option<T::Id>,
    form: &mut Form,
    name: FieldId<Text>,
    selection: &mut Selection<T::Id>,
) -> Option<Effect> {
    let typed = form.get(name);
    let others = list.items.iter().filter(|i| Some(i.key()) != id);
    if let Err(e) = (list.rule)(&typed, others.map(|i| i.name()).collect()) {
        form.fail(name, (list.refusal)(&e));
        return None;
    }
    let old = id.and_then(|id| list.items.iter().find(|i| i.key() == id));
    Some(match old {
        Some(old) if old.name() == typed => Effect::None,
        Some(old) => {
            let mut item = old.clone();
            item.set_name(typed);
            Effect::Apply((list.update)(ListOp::Update(item)))
        }
        None => {
            selection.select(list.next_id);
            Effect::Apply((list.add)(&typed))
        }
    })
}
