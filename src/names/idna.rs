//! Internationalised host names in the form certificates carry them: each
//! non-ASCII label as an `xn--` A-label (RFC 5890), by the punycode encoding
//! of RFC 3492.

/// Lower-cases a host name and turns each non-ASCII label into its
/// `xn--` punycode form (RFC 3492). Full UTS #46 mapping is not applied:
/// labels are only lower-cased before encoding.
pub fn to_ascii(name: &str) -> String {
    name.split('.')
        .map(|label| {
            let label = label.to_lowercase();
            if label.is_ascii() {
                label
            } else {
                punycode(&label).map(|encoded| format!("xn--{encoded}")).unwrap_or(label)
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// RFC 3492 §6.3 encoding; `None` on overflow.
fn punycode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
        delta /= if first { DAMP } else { 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
    }
    fn digit(value: u32) -> char {
        // 0..25 → a..z, 26..35 → 0..9
        char::from_u32(if value < 26 { value + 97 } else { value + 22 }).unwrap_or('?')
    }
    let code_points: Vec<u32> = input.chars().map(u32::from).collect();
    let mut output: String = input.chars().filter(char::is_ascii).collect();
    let basic = output.len() as u32;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let (mut n, mut delta, mut bias) = (128u32, 0u32, 72u32);
    while (handled as usize) < code_points.len() {
        let m = code_points.iter().copied().filter(|c| *c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &code_points {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Some(output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internationalised_names_become_a_labels() {
        // RFC 3492 §7.1 sample (L) and common examples.
        assert_eq!(to_ascii("bücher.example"), "xn--bcher-kva.example");
        assert_eq!(to_ascii("MÜNCHEN.de"), "xn--mnchen-3ya.de");
        assert_eq!(to_ascii("他们为什么不说中文"), "xn--ihqwcrb4cv8a8dqg056pqjye");
        assert_eq!(to_ascii("www.Example.COM"), "www.example.com");
    }
}
