//! The Qwen3-TTS prompt templates, tokenized whole and sliced by position as the reference does
//! (qwen_tts/inference/qwen3_tts_model.py `_build_*_text`; spec talker.md §4.1). Tokenizing the
//! whole string, not the pieces, matters: BPE may merge across the template boundaries (a text
//! that starts with "\n" merges with the role's "\n"), and the reference slices the result anyway.

use crate::tokenizer::{Encoding, QwenTokenizer, TokenizerError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Template {
    /// The text to speak: `<|im_start|>assistant\n{text}<|im_end|>\n<|im_start|>assistant\n`.
    Assistant,
    /// The transcript of a voice-clone reference: `<|im_start|>assistant\n{text}<|im_end|>\n`.
    RefText,
    /// A style instruction: `<|im_start|>user\n{text}<|im_end|>\n`.
    Instruct,
}

impl Template {
    pub fn render(self, inner: &str) -> String {
        match self {
            Template::Assistant => {
                format!("<|im_start|>assistant\n{inner}<|im_end|>\n<|im_start|>assistant\n")
            }
            Template::RefText => format!("<|im_start|>assistant\n{inner}<|im_end|>\n"),
            Template::Instruct => format!("<|im_start|>user\n{inner}<|im_end|>\n"),
        }
    }
}

/// `xs[start..len+end]` with Python's clamping, so that a short sequence gives an empty slice
/// where the reference would, instead of panicking.
fn py_slice(xs: &[u32], start: usize, end_from_back: usize) -> &[u32] {
    let end = xs.len().saturating_sub(end_from_back);
    if start >= end { &[] } else { &xs[start..end] }
}

/// The target-text prompt `X`.
#[derive(Debug, Clone)]
pub struct TargetPrompt {
    pub encoding: Encoding,
}

impl TargetPrompt {
    pub fn ids(&self) -> &[u32] {
        &self.encoding.ids
    }

    /// `X[:3]`: im_start, "assistant", "\n".
    pub fn role_ids(&self) -> &[u32] {
        let ids = &self.encoding.ids;
        &ids[..ids.len().min(3)]
    }

    /// `X[3:-5]`: the text tokens; the trailing im_end, "\n", im_start, "assistant", "\n" are
    /// never embedded.
    pub fn text_ids(&self) -> &[u32] {
        py_slice(&self.encoding.ids, 3, 5)
    }
}

/// The voice-clone reference transcript prompt `R`.
#[derive(Debug, Clone)]
pub struct RefTextPrompt {
    pub encoding: Encoding,
}

impl RefTextPrompt {
    pub fn ids(&self) -> &[u32] {
        &self.encoding.ids
    }

    /// `R[3:-2]`: the reference text tokens.
    pub fn text_ids(&self) -> &[u32] {
        py_slice(&self.encoding.ids, 3, 2)
    }
}

/// The instruct prompt `I`; all of its tokens are used.
#[derive(Debug, Clone)]
pub struct InstructPrompt {
    pub encoding: Encoding,
}

impl InstructPrompt {
    pub fn ids(&self) -> &[u32] {
        &self.encoding.ids
    }
}

impl QwenTokenizer {
    pub fn target_prompt(&self, text: &str) -> Result<TargetPrompt, TokenizerError> {
        Ok(TargetPrompt { encoding: self.encode(&Template::Assistant.render(text))? })
    }

    pub fn ref_text_prompt(&self, ref_text: &str) -> Result<RefTextPrompt, TokenizerError> {
        Ok(RefTextPrompt { encoding: self.encode(&Template::RefText.render(ref_text))? })
    }

    /// The reference skips the instruct block for an empty instruction, so this returns `None`
    /// for `""` (qwen3_tts_model.py: `if ins is None or ins == ""`).
    pub fn instruct_prompt(
        &self,
        instruct: &str,
    ) -> Result<Option<InstructPrompt>, TokenizerError> {
        if instruct.is_empty() {
            return Ok(None);
        }
        Ok(Some(InstructPrompt { encoding: self.encode(&Template::Instruct.render(instruct))? }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn py_slice_matches_python_semantics() {
        let xs = [1, 2, 3, 4, 5, 6, 7, 8, 9];
        assert_eq!(py_slice(&xs, 3, 5), &[4]);
        assert_eq!(py_slice(&xs, 3, 2), &[4, 5, 6, 7]);
        assert_eq!(py_slice(&xs[..8], 3, 5), &[] as &[u32]);
        assert_eq!(py_slice(&xs[..2], 3, 5), &[] as &[u32]);
        assert_eq!(py_slice(&[], 3, 2), &[] as &[u32]);
    }

    #[test]
    fn templates_render_as_the_reference() {
        assert_eq!(
            Template::Assistant.render("Hi"),
            "<|im_start|>assistant\nHi<|im_end|>\n<|im_start|>assistant\n"
        );
        assert_eq!(Template::RefText.render("Hi"), "<|im_start|>assistant\nHi<|im_end|>\n");
        assert_eq!(Template::Instruct.render("Calm."), "<|im_start|>user\nCalm.<|im_end|>\n");
    }
}
