# Variables the deploy action passes (names in PACKER_VARS, src/shared/contract.ts); their
# defaults make a direct `packer build -var-file=opscenter.pkrvars.hcl .` work too.

variable "base_ami" {
  type        = string
  default     = ""
  description = "Base image id, resolved by the deploy action so the recipe hash is deterministic. Empty: the newest Amazon Linux 2023 x86_64 image."
}

variable "recipe_hash" {
  type        = string
  default     = "manual"
  description = "sha256 of the recipe (packer files, var-file, agent bundle, base AMI), tagged on the AMI so the action can reuse it."
}

variable "git_sha" {
  type        = string
  default     = "unknown"
  description = "Git commit the AMI is baked from."
}

variable "stack_name" {
  type        = string
  default     = "opscenter-ha"
  description = "CloudFormation stack the AMI is for (tag used for discovery and retention)."
}

variable "region" {
  type        = string
  default     = "us-east-1"
  description = "AWS region to bake in."
}

variable "agent_dir" {
  type        = string
  default     = "../dist/boot"
  description = "Folder holding the boot agent bundle (index.js) and its systemd units, relative to the working directory."
}

# Validation rules use only functions Packer 1.6.6 knows (no regex); the scripts check
# the exact formats.

# --- set in opscenter.pkrvars.hcl (a version-bump PR edits that file) ----------------------

variable "opscenter_version" {
  type        = string
  description = "DataStax OpsCenter version baked into the AMI (6.8.x)."
  validation {
    condition     = substr(var.opscenter_version, 0, 4) == "6.8."
    error_message = "The opscenter_version must be a 6.8.x release such as 6.8.52 (OpsCenter 6.8 runs on Java 8)."
  }
  # DataStax retracted these (datastax/release-notes, OpsCenter_6.8_Release_Notes.md); the
  # deploy action also refuses versions before 6.8.44, the first to support Amazon Linux 2023.
  validation {
    condition     = ! contains(["6.8.47", "6.8.48", "6.8.49", "6.8.50"], var.opscenter_version)
    error_message = "The opscenter_version is a release DataStax retracted (6.8.47 to 6.8.50): use 6.8.51 or later."
  }
}

variable "opscenter_package_url" {
  type        = string
  description = "Where the OpsCenter RPM is hosted: s3://bucket/key or https://... (it comes from IBM Fix Central: docs/package-hosting.md)."
  validation {
    condition     = substr(var.opscenter_package_url, 0, 5) == "s3://" || substr(var.opscenter_package_url, 0, 8) == "https://"
    error_message = "The opscenter_package_url must start with s3:// or https://."
  }
}

variable "opscenter_package_sha256" {
  type        = string
  description = "sha256 of the package at opscenter_package_url (sha256sum opscenter-<version>-1.noarch.rpm)."
  validation {
    condition     = length(var.opscenter_package_sha256) == 64
    error_message = "The opscenter_package_sha256 must be the 64 hex digits that sha256sum prints."
  }
}

# --- rarely changed -------------------------------------------------------------------------

variable "instance_type" {
  type        = string
  default     = "t3.medium"
  description = "Instance type of the temporary build instance (amd64)."
}

variable "subnet_id" {
  type        = string
  default     = ""
  description = "Subnet of the build instance (a private one is fine: it gets no public IP). Empty: the default VPC. It needs a way out to Session Manager (NAT, or the ssm, ssmmessages and ec2messages VPC endpoints), to the package URL (an S3 gateway endpoint for s3://) and to nodejs.org and Amazon Linux's repositories. Nothing needs to reach it."
}

variable "build_instance_profile" {
  type        = string
  default     = "opscenter-ha-packer-build"
  description = "Instance profile of the build instance: its role needs AmazonSSMManagedInstanceCore (Packer connects through Session Manager) and s3:GetObject on an s3:// package (docs/package-hosting.md)."
  validation {
    condition     = length(var.build_instance_profile) > 0
    error_message = "The bake connects through Session Manager, which needs an instance profile: create opscenter-ha-packer-build (docs/package-hosting.md) or name yours."
  }
}

variable "opscenter_uid" {
  type        = number
  default     = 2888
  description = "Fixed uid and gid of the opscenter user and group, so files on EFS keep their owner across AMIs. Never change it once deployed."
}

variable "node_version" {
  type        = string
  default     = "22.14.0"
  description = "Node.js runtime for the boot agent (22 LTS), from nodejs.org's linux-x64 tarball."
}

variable "node_sha256" {
  type        = string
  default     = "69b09dba5c8dcb05c4e4273a4340db1005abeafe3927efda2bc5b249e80437ec"
  description = "sha256 of node-v<node_version>-linux-x64.tar.xz (from nodejs.org/dist/v<version>/SHASUMS256.txt)."
  validation {
    condition     = length(var.node_sha256) == 64
    error_message = "The node_sha256 must be the 64 hex digits listed in SHASUMS256.txt."
  }
}
