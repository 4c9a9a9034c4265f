pub mod certificates;
pub mod findings;
pub mod inputs;
pub mod verdict;
