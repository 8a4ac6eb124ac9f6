# opscenter-ha as a Terraform module: the repository's CloudFormation template, deployed with
# aws_cloudformation_stack, so CloudFormation's change sets, rollback and the deploy action's
# view of the stack stay as they are. Terraform owns the stack's other parameters; the deploy
# action owns AmiId and PreviousAmiId (it bakes, replaces and reverts), so Terraform leaves
# those two alone after the first apply.

terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

locals {
  parameters = merge(var.parameters, {
    AmiId         = var.ami_id
    PreviousAmiId = ""
  })
}

resource "aws_cloudformation_stack" "opscenter" {
  name          = var.stack_name
  template_body = file("${path.module}/../cloudformation/opscenter.yaml")
  parameters    = local.parameters
  # The template creates the instance role and its profile.
  capabilities = ["CAPABILITY_IAM"]
  # A failed update rolls back (CloudFormation's default); a failed create is kept for its
  # events, like the action's own first deployment.
  on_failure = "DO_NOTHING"
  tags       = var.tags

  timeouts {
    create = "60m"
    update = "60m"
  }

  lifecycle {
    # The deploy action moves the AMI; a plan must not put the first one back.
    ignore_changes = [parameters["AmiId"], parameters["PreviousAmiId"]]
  }
}
