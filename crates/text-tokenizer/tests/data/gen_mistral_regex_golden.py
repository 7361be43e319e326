# Produces crates/text-tokenizer/tests/data/mistral_regex_golden.jsonl: ids of the reference
# wrapper's tokenizer (transformers 4.57.3, local directory, fix_mistral_regex=True) for every
# shared golden text where they differ from the plain Qwen2 tokenizer, plus probes.
import json, sys
# Run with the reference venv (transformers 4.57.3): python gen_mistral_regex_golden.py OUT.jsonl
from transformers import AutoTokenizer
d = '/work/shared/hf/Qwen3-TTS-12Hz-0.6B-CustomVoice'
plain = AutoTokenizer.from_pretrained(d)
patched = AutoTokenizer.from_pretrained(d, fix_mistral_regex=True)
assert 'Lu' in str(patched.backend_tokenizer.pre_tokenizer), patched.backend_tokenizer.pre_tokenizer
texts = [json.loads(l)['text'] for l in open('/work/shared/data/tokenizer/qwen2_bpe_golden.jsonl')]
probes = ["iPhone", "McDonald's", "iPhone 15 Pro Max", "DON'T WON'T", "I'll see you're right", "https://example.com/a/b",
          "camelCaseWord and PascalCase", "a/b/c", "Hello, world!", "They've said: 'yes'/'no'\n", "XMLHttpRequest", "Привет, Мир!"]
out = open(sys.argv[1], 'w')
n = 0
for t in dict.fromkeys(probes + texts):
    a = plain(t, add_special_tokens=False)['input_ids']
    b = patched(t, add_special_tokens=False)['input_ids']
    if t in probes or a != b:
        out.write(json.dumps({"text": t, "qwen2_ids": a, "mistral_ids": b, "differ": a != b}, ensure_ascii=False) + "\n")
        n += 1
print(n, file=sys.stderr)
