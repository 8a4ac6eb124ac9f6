variable "stack_name" {
  type        = string
  description = "CloudFormation stack name; the deploy action's stack-name input must be the same."
  default     = "opscenter-ha"
}

variable "ami_id" {
  type        = string
  description = "The OpsCenter AMI for the first apply (baked by the deploy action or by hand). Afterwards the action owns it: Terraform ignores changes."
  validation {
    condition     = can(regex("^ami-[0-9a-f]{8,17}$", var.ami_id))
    error_message = "The ami_id must be an AMI id such as ami-0123456789abcdef0."
  }
}

variable "parameters" {
  type        = map(string)
  description = "The template's other parameters (VpcId, SubnetA, SubnetB, SubnetC, AllowedCidr, HostedZoneId or PrivateZoneName, RecordName, AlertEmail, ...): see cloudformation/parameters.example.json. AmiId and PreviousAmiId are set by this module and the action."
  validation {
    condition     = !contains(keys(var.parameters), "AmiId") && !contains(keys(var.parameters), "PreviousAmiId")
    error_message = "AmiId and PreviousAmiId are not parameters to pass: set ami_id; the deploy action sets them afterwards."
  }
}

variable "tags" {
  type        = map(string)
  description = "Tags on the stack (CloudFormation propagates them to the resources that take tags)."
  default     = {}
}
