pub mod certificates;
pub mod chain;
pub mod findings;
pub mod input_list;
pub mod inputs;
pub mod verdict;
