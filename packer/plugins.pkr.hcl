# Alone in this file on purpose: Debian's packer 1.6.6 (used in CI for `packer validate`)
# rejects required_plugins, so CI validates the folder without this file. `packer init .`
# (run by the deploy action) reads it with a current Packer.
packer {
  required_version = ">= 1.7.0"
  required_plugins {
    amazon = {
      version = ">= 1.3.0, < 2.0.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}
