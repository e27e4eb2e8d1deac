#!/usr/bin/env bash
# Sets up Pincer and runs the main job: build the `pincer` command, load the sanctions lists into the
# store, and show what is on them. With the sample data beside the repository (../shared/data, or
# $PINCER_SHARED_DATA) it imports those files offline; otherwise it downloads the current lists from
# the publishers (`pincer update`).
set -euo pipefail
cd "$(dirname "$0")"

dotnet build src/Pincer.Cli -c Release -o artifacts/pincer --nologo -v quiet
pincer() { dotnet artifacts/pincer/pincer.dll "$@"; }

data="${PINCER_SHARED_DATA:-../shared/data}"
if [ -d "$data" ]; then
  pincer import --published 2021-07-07 "$data/lists/ofac_sdn_2021"
  pincer import --published 2024-05-03 "$data/lists/ofac_sdn"
  pincer import \
    "$data/payments/sanctions/sdn_advanced_2025-11-19.xml.bz2" \
    "$data/lists/un/UN_consolidated.xml"
  pincer import --published 2025-12-19 "$data/lists/ofac_cons"
else
  pincer update
fi

pincer lists
pincer stats --latest
