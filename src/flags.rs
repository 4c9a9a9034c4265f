//! A small set of the members of a fixed list (the stores, the clients),
//! as bits: copied freely, serialised as the list of its members.

use std::marker::PhantomData;

use serde::Serialize;

/// A member of a fixed list of at most 16.
pub trait Flag: Copy + Serialize + 'static {
    /// Every member, in the order sets list them.
    const ALL: &'static [Self];
    /// Its position in [`Flag::ALL`].
    fn position(self) -> usize;
}

/// A set of `T`s.
pub struct Flags<T> {
    bits: u16,
    members: PhantomData<T>,
}

impl<T: Flag> Flags<T> {
    pub const fn empty() -> Self {
        Self { bits: 0, members: PhantomData }
    }

    pub fn all() -> Self {
        Self::from_bits(u16::MAX)
    }

    pub fn of(members: &[T]) -> Self {
        Self::from_bits(members.iter().fold(0, |bits, member| bits | 1 << member.position()))
    }

    /// Bits beyond the list's length are dropped.
    pub fn from_bits(bits: u16) -> Self {
        let mask = if T::ALL.len() >= 16 { u16::MAX } else { (1 << T::ALL.len()) - 1 };
        Self { bits: bits & mask, members: PhantomData }
    }

    pub fn bits(self) -> u16 {
        self.bits
    }

    pub fn contains(self, member: T) -> bool {
        self.bits & 1 << member.position() != 0
    }

    pub fn insert(&mut self, member: T) {
        self.bits |= 1 << member.position();
    }

    pub fn union(self, other: Self) -> Self {
        Self::from_bits(self.bits | other.bits)
    }

    pub fn intersection(self, other: Self) -> Self {
        Self::from_bits(self.bits & other.bits)
    }

    pub fn without(self, other: Self) -> Self {
        Self::from_bits(self.bits & !other.bits)
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    pub fn len(self) -> usize {
        self.bits.count_ones() as usize
    }

    pub fn iter(self) -> impl Iterator<Item = T> {
        T::ALL.iter().copied().filter(move |member| self.contains(*member))
    }
}

impl<T> Clone for Flags<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Flags<T> {}

impl<T> PartialEq for Flags<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}

impl<T> Eq for Flags<T> {}

impl<T> std::hash::Hash for Flags<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}

impl<T> Default for Flags<T> {
    fn default() -> Self {
        Self { bits: 0, members: PhantomData }
    }
}

impl<T: Flag + std::fmt::Debug> std::fmt::Debug for Flags<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl<T: Flag> Serialize for Flags<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Whether a set is empty, for `#[serde(skip_serializing_if)]`.
pub fn is_none<T: Flag>(set: &Flags<T>) -> bool {
    set.is_empty()
}

#[cfg(feature = "transfer")]
impl<T> bincode::Encode for Flags<T> {
    fn encode<E: bincode::enc::Encoder>(&self, encoder: &mut E) -> Result<(), bincode::error::EncodeError> {
        self.bits.encode(encoder)
    }
}

#[cfg(feature = "transfer")]
impl<T: Flag, C> bincode::Decode<C> for Flags<T> {
    fn decode<D: bincode::de::Decoder<Context = C>>(decoder: &mut D) -> Result<Self, bincode::error::DecodeError> {
        Ok(Self::from_bits(<u16 as bincode::Decode<C>>::decode(decoder)?))
    }
}

#[cfg(feature = "transfer")]
impl<'de, T: Flag, C> bincode::BorrowDecode<'de, C> for Flags<T> {
    fn borrow_decode<D: bincode::de::BorrowDecoder<'de, Context = C>>(
        decoder: &mut D,
    ) -> Result<Self, bincode::error::DecodeError> {
        Ok(Self::from_bits(<u16 as bincode::BorrowDecode<'de, C>>::borrow_decode(decoder)?))
    }
}
