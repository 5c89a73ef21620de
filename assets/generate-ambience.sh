#!/usr/bin/env bash
# Generates the built-in ambience loops from synthesized noise and tones (no recordings).
# Each loop is exactly 40 s and joins end to start without a click: tones and modulation
# complete whole cycles in 40 s, and noise is cross-faded over its own seam.
set -euo pipefail
cd "$(dirname "$0")/ambience"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
LOOP=40
FADE=3
RATE=(-r 44100 -c 2)

# Makes noise loop seamlessly: the last FADE seconds cross-fade (equal power) into the start.
seamless_noise() { # colour, effects..., output
  local colour=$1 out=${*: -1}
  local effects=("${@:2:$#-2}")
  sox -n "${RATE[@]}" "$work/raw.wav" synth $((LOOP + FADE)) "$colour" "${effects[@]}"
  sox "$work/raw.wav" "$work/body.wav" trim $FADE $LOOP fade q 0 $LOOP $FADE
  sox "$work/raw.wav" "$work/head.wav" trim 0 $FADE fade q $FADE pad $((LOOP - FADE))
  sox -m "$work/body.wav" "$work/head.wav" "$out"
}

# Soft rain: pink noise with the harsh top and the rumble taken away, gently moving.
seamless_noise pinknoise highpass 250 lowpass 3500 "$work/rain.wav"
sox "$work/rain.wav" -C 3 soft-rain.ogg tremolo 0.05 20 gain -n -14

# Ocean swell: brown noise rising and falling every 8 s (5 whole swells a loop).
seamless_noise brownnoise lowpass 900 "$work/ocean.wav"
sox "$work/ocean.wav" -C 3 ocean-swell.ogg tremolo 0.125 70 gain -n -12

# Warm drone: a soft low chord; every frequency is a multiple of 1/40 Hz.
for f in 110 164.8 220 277.2; do
  sox -n "${RATE[@]}" "$work/tone-$f.wav" synth $LOOP sine "$f" vol 0.2
done
sox -m "$work"/tone-*.wav "$work/drone.wav"
sox "$work/drone.wav" -C 3 warm-drone.ogg tremolo 0.1 30 gain -n -12

for file in *.ogg; do
  printf '%s: %s samples\n' "$file" "$(soxi -s "$file")"
done
