//! Where each id sits in a list: id → position, in constant time. Knows
//! nothing of sessions (the id types implement [`RawId`] where they are
//! declared), so every model module may use it.

use std::collections::HashMap;
use std::marker::PhantomData;

/// An id as the number it wraps.
pub trait RawId: Copy {
    fn raw(self) -> u32;
}

/// Ids are handed out as max + 1, so they are dense: a vector indexed by id
/// is the fastest map. A hand-edited file may use any number, so past this
/// many unused slots per item a hash map is used instead.
const SPARSE_AFTER: usize = 4;

#[derive(Clone, Debug)]
enum Slots {
    /// `slots[id]` is the position + 1, or 0 for none.
    Dense(Vec<u32>),
    Sparse(HashMap<u32, u32>),
}

/// Where each id sits in a list: id → position.
#[derive(Clone, Debug)]
pub struct Positions<Id> {
    slots: Slots,
    len: usize,
    _id: PhantomData<Id>,
}

impl<Id: RawId> Positions<Id> {
    /// Positions of `ids`, in list order; for an id listed twice, the first.
    pub fn new(ids: impl ExactSizeIterator<Item = Id> + Clone) -> Positions<Id> {
        let len = ids.len();
        let max = ids.clone().map(|id| id.raw() as usize).max().unwrap_or(0);
        let slots = if max <= len.saturating_mul(SPARSE_AFTER) + 64 {
            let mut slots = vec![0u32; max + 1];
            for (i, id) in ids.enumerate() {
                let slot = &mut slots[id.raw() as usize];
                if *slot == 0 {
                    *slot = i as u32 + 1;
                }
            }
            Slots::Dense(slots)
        } else {
            let mut slots = HashMap::with_capacity(len);
            for (i, id) in ids.enumerate() {
                slots.entry(id.raw()).or_insert(i as u32 + 1);
            }
            Slots::Sparse(slots)
        };
        Positions {
            slots,
            len,
            _id: PhantomData,
        }
    }

    /// The position of `id`, if it is in the list.
    pub fn get(&self, id: Id) -> Option<usize> {
        let slot = match &self.slots {
            Slots::Dense(v) => v.get(id.raw() as usize).copied().unwrap_or(0),
            Slots::Sparse(m) => m.get(&id.raw()).copied().unwrap_or(0),
        };
        (slot > 0).then(|| slot as usize - 1)
    }

    /// How many items the list had.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}
