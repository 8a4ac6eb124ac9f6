output "stack_id" {
  description = "The CloudFormation stack's id."
  value       = aws_cloudformation_stack.opscenter.id
}

output "record_name" {
  description = "OpsCenter's DNS name (the agents' stomp_interface)."
  value       = aws_cloudformation_stack.opscenter.outputs["RecordName"]
}

output "opscenter_url" {
  description = "OpsCenter's web UI."
  value       = aws_cloudformation_stack.opscenter.outputs["OpsCenterUrl"]
}

output "alert_topic_arn" {
  description = "The SNS topic of the alarms and the group's notifications."
  value       = aws_cloudformation_stack.opscenter.outputs["AlertTopicArn"]
}

output "outputs" {
  description = "Every output of the stack."
  value       = aws_cloudformation_stack.opscenter.outputs
}
