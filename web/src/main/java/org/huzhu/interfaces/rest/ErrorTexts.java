package org.huzhu.interfaces.rest;

/** Chinese titles of the HTTP errors a user can meet. */
final class ErrorTexts {

    private ErrorTexts() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 401 -> "请先登录";
            case 403 -> "您没有执行此操作的权限";
            case 404 -> "未找到，或您无权查看";
            case 405 -> "不支持此操作";
            case 406, 415 -> "不支持的内容格式";
            case 409 -> "与当前状态冲突";
            case 413 -> "上传的文件过大";
            default -> "请求无法处理";
        };
    }
}
