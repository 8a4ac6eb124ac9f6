# The OpsCenter AMI: Amazon Linux 2023 (x86_64), Amazon Corretto 8, AWS's amazon-ec2-net-utils
# (the fixed ENI's address and policy routing, through systemd-networkd) and amazon-efs-utils
# (EFS over TLS with IAM), a pinned Node.js, the opscenter-ha boot agent, and OpsCenter itself,
# installed but not enabled (the boot agent starts it once EFS is mounted). Names shared with
# the rest of the project (tag keys, paths) come from src/shared/contract.ts.
#
# arm64: OpsCenter's release notes name Amazon Linux 2023 (6.8.44, OPSC-17676) without an
# architecture, and DataStax documents no arm64 build of OpsCenter 6.8; this recipe bakes
# x86_64 only.

locals {
  timestamp = formatdate("YYYYMMDDhhmmss", timestamp())
  # Tags the deploy action looks AMIs up by (TAGS in src/shared/contract.ts).
  tags = {
    Name                             = "opscenter-ha-${var.opscenter_version}"
    "opscenter-ha:stack"             = var.stack_name
    "opscenter-ha:recipe-hash"       = var.recipe_hash
    "opscenter-ha:opscenter-version" = var.opscenter_version
    "opscenter-ha:git-sha"           = var.git_sha
    "opscenter-ha:base-ami"          = var.base_ami
  }
  remote_dir = "/tmp/opscenter-ha"
}

source "amazon-ebs" "opscenter" {
  region        = var.region
  instance_type = var.instance_type
  subnet_id     = var.subnet_id
  # The build instance's role: Session Manager (AmazonSSMManagedInstanceCore) and an s3://
  # package (docs/package-hosting.md).
  iam_instance_profile = var.build_instance_profile
  ssh_username         = "ec2-user"
  # No SSH over the network: Packer tunnels SSH through Session Manager, the build instance
  # gets no public IP, and Packer's temporary security group no inbound rule (it skips the
  # SSH rule when ssh_interface is session_manager and a profile is set: SSMAgentEnabled in
  # packer-plugin-amazon builder/common/run_config.go). The runner needs the AWS CLI's
  # session-manager-plugin (on GitHub-hosted Ubuntu runners already).
  ssh_interface               = "session_manager"
  associate_public_ip_address = false
  # Throttled calls are retried 10 times with back-off: the AWS SDK for Go's default of 3
  # lets a short burst of throttling (a busy account) fail a bake near its end.
  max_retries = 10

  # The action passes the base image it hashed; a direct build takes the newest AL2023.
  source_ami = var.base_ami
  dynamic "source_ami_filter" {
    for_each = var.base_ami == "" ? ["al2023"] : []
    content {
      owners      = ["amazon"]
      most_recent = true
      filters = {
        name                = "al2023-ami-2023.*-x86_64"
        root-device-type    = "ebs"
        virtualization-type = "hvm"
      }
    }
  }

  ami_name        = "opscenter-ha-${var.stack_name}-${var.opscenter_version}-${local.timestamp}"
  ami_description = "opscenter-ha: DataStax OpsCenter ${var.opscenter_version} (recipe ${var.recipe_hash}, git ${var.git_sha})"
  encrypt_boot    = true
  tags            = local.tags
  snapshot_tags   = local.tags
  run_tags        = { Name = "packer opscenter-ha ${var.opscenter_version}" }

  # IMDSv2 only on the build instance too: organisations commonly deny ec2:RunInstances
  # without it (condition ec2:MetadataHttpTokens = required, often by SCP).
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_type           = "gp3"
    iops                  = 3000
    throughput            = 125
    volume_size           = 10
    encrypted             = true
    delete_on_termination = true
  }
}

build {
  sources = ["source.amazon-ebs.opscenter"]

  provisioner "shell" {
    inline = ["mkdir -p ${local.remote_dir}/agent"]
  }

  provisioner "file" {
    source      = "${path.root}/scripts/"
    destination = "${local.remote_dir}/scripts"
  }

  # Trailing slash: the folder's contents (index.js, *.service, drop-ins), not the folder.
  provisioner "file" {
    source      = "${var.agent_dir}/"
    destination = "${local.remote_dir}/agent"
  }

  # The order matters: the opscenter user before the package (fixed ids), Java before
  # OpsCenter, the agent's units before opscenterd is disabled.
  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; sudo -E env {{ .Vars }} bash {{ .Path }}"
    environment_vars = [
      "OPSCENTER_UID=${var.opscenter_uid}",
      "OPSCENTER_GID=${var.opscenter_uid}",
      "NODE_VERSION=${var.node_version}",
      "NODE_SHA256=${var.node_sha256}",
      "OPSCENTER_VERSION=${var.opscenter_version}",
      "OPSCENTER_PACKAGE_URL=${var.opscenter_package_url}",
      "OPSCENTER_PACKAGE_SHA256=${var.opscenter_package_sha256}",
      "AGENT_SRC=${local.remote_dir}/agent",
    ]
    inline = [
      "set -e",
      "cd ${local.remote_dir}/scripts",
      "chmod +x ./*.sh",
      "./install-prereqs.sh",
      "./create-user.sh",
      "./install-node.sh",
      "./install-agent.sh",
      "./install-opscenter.sh",
      "./cleanup.sh",
    ]
  }

  post-processor "manifest" {
    output     = "manifest.json"
    strip_path = true
    custom_data = {
      recipe_hash       = var.recipe_hash
      opscenter_version = var.opscenter_version
      git_sha           = var.git_sha
    }
  }
}
