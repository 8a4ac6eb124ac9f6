# Which OpsCenter runs. A version-bump PR edits this file: merging it bakes and deploys the
# new version; reverting it rolls back to the AMI baked from the previous content.
#
# The placeholders below fail the bake before any download: host the package yourself
# (docs/package-hosting.md) and put its location and sha256 here.
opscenter_version        = "6.8.52"
opscenter_package_url    = "s3://REPLACE-ME-opscenter-packages/opscenter/opscenter-6.8.52-1.noarch.rpm"
opscenter_package_sha256 = "0000000000000000000000000000000000000000000000000000000000000000"
